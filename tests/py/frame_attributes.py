# The frame type's attributes and errors, frame.clear(), the repr,
# code-object attributes a frame user reads, and traceback objects made by
# hand (types.TracebackType).


def current_frame():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_back


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


f = current_frame()
FrameType = type(f)
print(FrameType.__name__, FrameType.__module__, FrameType.__qualname__)
show(lambda: FrameType())
show(lambda: f.f_trace)
f.f_trace = print
print(f.f_trace is print)
f.f_trace = None
print(f.f_trace)
print(f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_opcodes = True
f.f_trace_lines = False
print(f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_lines = True
f.f_trace_opcodes = False


def set_attr(obj, name, value):
    def run():
        setattr(obj, name, value)
        return "set"
    return run


show(set_attr(f, "f_trace_lines", 1))
show(set_attr(f, "f_back", None))
show(set_attr(f, "f_locals", {}))
show(set_attr(f, "f_code", None))
show(set_attr(f, "f_globals", {}))
show(set_attr(f, "f_lasti", 0))
show(set_attr(f, "other", 0))
show(set_attr(f, "f_lineno", "x"))
show(set_attr(f, "f_lineno", 3.0))
show(set_attr(f, "f_lineno", True))
show(set_attr(f, "f_lineno", 3))


def del_attr(obj, name):
    def run():
        delattr(obj, name)
        return "deleted"
    return run


show(del_attr(f, "f_lineno"))
f.f_trace = print
show(del_attr(f, "f_trace"))
print(f.f_trace)
show(del_attr(f, "f_trace_lines"))
show(lambda: f.other)
print(isinstance(f.f_lasti, int), f.f_lasti >= 0, f.f_lasti % 2)
print(sorted(n for n in dir(FrameType) if not n.startswith("__")))

# The repr, without its address.
r = repr(f)
print(r.startswith("<frame at 0x"), repr(__file__) in r, r[r.index(", line"):])


def named_function():
    return current_frame()


r = repr(named_function())
print(r[r.index(", file"):r.index(", file") + 8], r[r.index(", line"):])

# clear(): an executing frame cannot be cleared; an ended one loses its locals.
show(f.clear)


def clear_caller():
    return current_frame().f_back.clear()


show(clear_caller)


def ended(a):
    b = a * 2
    return current_frame()


e = ended(21)
print(e.f_locals)
print(e.clear(), e.f_locals, e.f_lineno, e.f_code.co_name)
print(e.clear())


# Code objects.
def sample(a, b, /, c, *args, d, e=1, **kw):
    local = a
    def nested():
        return local
    return nested


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_filename == __file__)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_flags)
print(co.co_names)


def documented():
    "doc"


print(documented.__code__.co_consts[0])
nested = sample(1, 2, 3, d=4)
print(nested.__code__.co_freevars, nested.__code__.co_qualname, nested.__code__.co_flags)
lines = list(co.co_lines())
print(lines[0][0], all(s < t for s, t, _ in lines), all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
print(sorted({n for _, _, n in lines if n is not None} - {co.co_firstlineno}))
positions = list(co.co_positions())
print(len(positions) * 2 == lines[-1][1], all(len(p) == 4 for p in positions))
print(sorted({p[0] for p in positions if p[0] is not None} - {co.co_firstlineno}))
print(sorted({p for p in positions if p[0] == co.co_firstlineno + 2}))


def line_of_lasti(frame):
    for start, end, line in frame.f_code.co_lines():
        if start <= frame.f_lasti < end:
            return line


def lasti_user():
    x = 1
    return line_of_lasti(current_frame())


print(lasti_user())


# Traceback objects made by hand.
try:
    1 / 0
except ZeroDivisionError as exc:
    tb = exc.__traceback__
TracebackType = type(tb)
print(TracebackType.__name__, sorted(n for n in dir(TracebackType) if not n.startswith("__")))
made = TracebackType(None, tb.tb_frame, 6, 99)
print(made.tb_next, made.tb_frame is tb.tb_frame, made.tb_lasti, made.tb_lineno)
made2 = TracebackType(tb_next=made, tb_frame=f, tb_lasti=0, tb_lineno=7)
print(made2.tb_next is made, made2.tb_lineno)
show(lambda: TracebackType("x", f, 1, 2))
show(lambda: TracebackType(None, 3, 1, 2))
show(lambda: TracebackType(None, f, "a", 2))
show(lambda: TracebackType(None, f, 1.5, 2))
show(lambda: TracebackType(None))
show(set_attr(made, "tb_next", made2))
show(set_attr(made, "tb_next", 5))
show(set_attr(made, "tb_lineno", 5))
show(set_attr(made, "tb_frame", f))


def del_next():
    del made.tb_next


show(del_next)
made.tb_next = tb
print(made.tb_next is tb)
made.tb_next = None
print(made.tb_next)
print(tb.tb_lasti % 2, tb.tb_lineno, tb.tb_frame is f)
