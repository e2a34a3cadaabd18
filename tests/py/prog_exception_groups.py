# Exception groups in a batch job: validation errors collected into an
# ExceptionGroup per record and per batch (nested), split()/subgroup() by
# type and by predicate, derive() keeping custom subclasses, except* with
# several clauses, re-raising part of a group, notes, and a summary report.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(ValidationError):
    pass


class RecordErrors(ExceptionGroup):
    def derive(self, excs):
        derived = RecordErrors(self.message, excs)
        derived.record_id = getattr(self, "record_id", None)
        return derived


def validate(record):
    problems = []
    for field in ("id", "name", "age", "email"):
        if field not in record:
            problems.append(MissingField(field, "missing"))
    if "age" in record:
        if not isinstance(record["age"], int):
            problems.append(TypeError(f"age must be int, not {type(record['age']).__name__}"))
        elif not 0 <= record["age"] <= 150:
            problems.append(ValidationError("age", f"{record['age']} out of range"))
    if "email" in record and "@" not in record["email"]:
        problems.append(ValidationError("email", f"{record['email']!r} has no @"))
    if problems:
        group = RecordErrors(f"record {record.get('id', '?')}", problems)
        group.record_id = record.get("id")
        raise group
    return record


records = [
    {"id": 1, "name": "ada", "age": 36, "email": "ada@x"},
    {"id": 2, "name": "bob", "age": 200, "email": "bob"},
    {"id": 3, "age": "old", "email": "c@x"},
    {"name": "dee"},
    {"id": 5, "name": "eve", "age": 30, "email": "eve@x"},
]


def process(batch):
    good, errors = [], []
    for rec in batch:
        try:
            good.append(validate(rec))
        except RecordErrors as eg:
            errors.append(eg)
    if errors:
        eg = ExceptionGroup(f"{len(errors)} of {len(batch)} records invalid", errors)
        eg.add_note(f"{len(good)} records were fine")
        raise eg
    return good


try:
    process(records)
except ExceptionGroup as batch_error:
    print(batch_error, "|", batch_error.__notes__)
    missing, rest = batch_error.split(MissingField)
    print("missing:", [(g.record_id, [str(e) for e in g.exceptions]) for g in missing.exceptions])
    print("rest:", [(type(g).__name__, g.record_id, [str(e) for e in g.exceptions]) for g in rest.exceptions])
    types = batch_error.subgroup(lambda e: isinstance(e, TypeError))
    print("type errors:", types.exceptions[0].exceptions, type(types.exceptions[0]).__name__)
    print("none match:", batch_error.subgroup(KeyError), batch_error.split(KeyError)[0])
    by_field = {}
    for rec_group in batch_error.exceptions:
        for e in rec_group.exceptions:
            by_field.setdefault(getattr(e, "field", type(e).__name__), []).append(rec_group.record_id)
    print(sorted(by_field.items()))
log = []
try:
    try:
        process(records)
    except* MissingField as eg:
        log.append(f"missing fields handled: {len(eg.exceptions)} records")
    except* TypeError as eg:
        log.append("type errors handled")
        raise RuntimeError("could not coerce types") from eg
except* ValidationError as eg:
    log.append(f"left for the outer handler: {[str(e) for g in eg.exceptions for e in g.exceptions]}")
except* RuntimeError as eg:
    log.append(f"runtime: {eg.exceptions[0]} caused by {type(eg.exceptions[0].__cause__).__name__}")
print("\n".join(log))
try:
    raise ExceptionGroup("plain", [ValueError(1), KeyError(2)])
except* (ValueError, KeyError) as eg:
    print("caught together:", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg), eg.exceptions)
        raise
except ExceptionGroup as outer:
    print("re-raised:", repr(outer))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__, bg.split(Exception)[0].exceptions)
