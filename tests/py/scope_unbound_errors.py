# UnboundLocalError and NameError in their different forms: a local read
# before assignment, a free variable not yet bound or deleted, a global
# deleted, del of an unbound name, except-as names being deleted.
def read_before_assign():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
    return v


read_before_assign()
g = "global"


def assign_makes_local():
    try:
        g += "x"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


assign_makes_local()


def free_before_bound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
    return inner()


print(free_before_bound())


def free_deleted():
    val = 1

    def inner():
        return val
    del val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)


free_deleted()


def delete_unbound():
    try:
        del never
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    never = 1


delete_unbound()
try:
    del not_defined_anywhere
except NameError as e:
    print("NameError:", e)
try:
    undefined_global_name
except NameError as e:
    print("NameError:", e, "| name:", e.name)


def except_name_deleted():
    err = "before"
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(except_name_deleted())
try:
    1 / 0
except ZeroDivisionError as module_err:
    pass
try:
    module_err
except NameError as e:
    print("NameError:", e)


def conditional_assign(flag):
    if flag:
        value = "set"
    return value


print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def loop_variable_unbound():
    for item in []:
        pass
    return item


try:
    loop_variable_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted_then_read():
    z = 5
    del z
    return z


try:
    deleted_then_read()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Body:
    try:
        print(undefined_in_class)
    except NameError as e:
        print("NameError in class:", e)


def class_reads_global_not_local():
    shadow = "function local"

    class K:
        shadow = shadow.upper() if False else "class attr"
        got = shadow
    return K.got


print(class_reads_global_not_local())
gv = "module gv"


def class_body_falls_back_to_global():
    gv = "enclosing gv"

    class K:
        print("class sees", gv)
        gv = "class gv"
        print("class now sees", gv)
    return K.gv


print(class_body_falls_back_to_global())


def nonlocal_unbound():
    def setter():
        nonlocal target
        target = "set"

    def getter():
        return target
    try:
        getter()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    setter()
    return getter()
    target = None


print(nonlocal_unbound())


def with_suggestion():
    counter_value = 1
    return counter_valeu


try:
    with_suggestion()
except NameError as e:
    print("NameError:", e)


def unbound_in_traceback(flag):
    if flag:
        result = 1
    return result * 2


unbound_in_traceback(False)
