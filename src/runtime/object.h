// The object header, the type object and the slot tables, laid out exactly as
// CPython 3.11's public structs (DESIGN D2), so that extension modules built
// for CPython can later use our objects directly. The names are ours; the
// field names follow CPython's so its macros (Py_TYPE, Py_SIZE) map 1:1.
// tests/unit/layout_test.cpp checks every offset against CPython's headers.
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <cstdint>

namespace dx {

using ssize = ssize_t;  // Py_ssize_t
using hash_t = ssize;   // Py_hash_t

struct TypeObject;

// Every object starts with this header (PyObject).
struct Object {
  ssize ob_refcnt;
  TypeObject* ob_type;
};

// Objects with a variable number of items (PyVarObject): int, tuple, bytes, type.
struct VarObject : Object {
  ssize ob_size;
};

// ---- slot function types (CPython's typedefs, same signatures) ----------
using unaryfunc = Object* (*)(Object*);
using binaryfunc = Object* (*)(Object*, Object*);
using ternaryfunc = Object* (*)(Object*, Object*, Object*);
using inquiry = int (*)(Object*);
using lenfunc = ssize (*)(Object*);
using ssizeargfunc = Object* (*)(Object*, ssize);
using ssizeobjargproc = int (*)(Object*, ssize, Object*);
using objobjargproc = int (*)(Object*, Object*, Object*);
using objobjproc = int (*)(Object*, Object*);
using visitproc = int (*)(Object*, void*);
using traverseproc = int (*)(Object*, visitproc, void*);
using freefunc = void (*)(void*);
using destructor = void (*)(Object*);
using getattrfunc = Object* (*)(Object*, char*);
using getattrofunc = Object* (*)(Object*, Object*);
using setattrfunc = int (*)(Object*, char*, Object*);
using setattrofunc = int (*)(Object*, Object*, Object*);
using reprfunc = Object* (*)(Object*);
using hashfunc = hash_t (*)(Object*);
using richcmpfunc = Object* (*)(Object*, Object*, int);
using getiterfunc = Object* (*)(Object*);
using iternextfunc = Object* (*)(Object*);
using descrgetfunc = Object* (*)(Object*, Object*, Object*);
using descrsetfunc = int (*)(Object*, Object*, Object*);
using initproc = int (*)(Object*, Object*, Object*);
using newfunc = Object* (*)(TypeObject*, Object*, Object*);
using allocfunc = Object* (*)(TypeObject*, ssize);
using vectorcallfunc = Object* (*)(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
using getter = Object* (*)(Object*, void*);
using setter = int (*)(Object*, Object*, void*);

// The rich comparison operators (Py_LT ... Py_GE).
enum CompareOp : int { kLt = 0, kLe = 1, kEq = 2, kNe = 3, kGt = 4, kGe = 5 };

// ---- slot tables --------------------------------------------------------------
struct NumberMethods {
  binaryfunc nb_add;
  binaryfunc nb_subtract;
  binaryfunc nb_multiply;
  binaryfunc nb_remainder;
  binaryfunc nb_divmod;
  ternaryfunc nb_power;
  unaryfunc nb_negative;
  unaryfunc nb_positive;
  unaryfunc nb_absolute;
  inquiry nb_bool;
  unaryfunc nb_invert;
  binaryfunc nb_lshift;
  binaryfunc nb_rshift;
  binaryfunc nb_and;
  binaryfunc nb_xor;
  binaryfunc nb_or;
  unaryfunc nb_int;
  void* nb_reserved;
  unaryfunc nb_float;
  binaryfunc nb_inplace_add;
  binaryfunc nb_inplace_subtract;
  binaryfunc nb_inplace_multiply;
  binaryfunc nb_inplace_remainder;
  ternaryfunc nb_inplace_power;
  binaryfunc nb_inplace_lshift;
  binaryfunc nb_inplace_rshift;
  binaryfunc nb_inplace_and;
  binaryfunc nb_inplace_xor;
  binaryfunc nb_inplace_or;
  binaryfunc nb_floor_divide;
  binaryfunc nb_true_divide;
  binaryfunc nb_inplace_floor_divide;
  binaryfunc nb_inplace_true_divide;
  unaryfunc nb_index;
  binaryfunc nb_matrix_multiply;
  binaryfunc nb_inplace_matrix_multiply;
};

struct SequenceMethods {
  lenfunc sq_length;
  binaryfunc sq_concat;
  ssizeargfunc sq_repeat;
  ssizeargfunc sq_item;
  void* was_sq_slice;
  ssizeobjargproc sq_ass_item;
  void* was_sq_ass_slice;
  objobjproc sq_contains;
  binaryfunc sq_inplace_concat;
  ssizeargfunc sq_inplace_repeat;
};

struct MappingMethods {
  lenfunc mp_length;
  binaryfunc mp_subscript;
  objobjargproc mp_ass_subscript;
};

using sendfunc = int (*)(Object* iter, Object* value, Object** result);  // PySendResult
struct AsyncMethods {
  unaryfunc am_await;
  unaryfunc am_aiter;
  unaryfunc am_anext;
  sendfunc am_send;
};

// Py_buffer: a view of an exporter's memory (the buffer protocol).
struct Buffer {
  void* buf;
  Object* obj;
  ssize len;
  ssize itemsize;
  int readonly;
  int ndim;
  char* format;
  ssize* shape;
  ssize* strides;
  ssize* suboffsets;
  void* internal;
};
using getbufferproc = int (*)(Object*, Buffer*, int);
using releasebufferproc = void (*)(Object*, Buffer*);
struct BufferProcs {
  getbufferproc bf_getbuffer;
  releasebufferproc bf_releasebuffer;
};

// ---- method, member and attribute definitions (PyMethodDef & co) -----------
using CFunction = Object* (*)(Object* self, Object* args);
struct MethodDef {
  const char* ml_name;
  CFunction ml_meth;  // cast according to ml_flags
  int ml_flags;
  const char* ml_doc;
};
// ml_flags (METH_*)
constexpr int kMethVarargs = 0x0001;
constexpr int kMethKeywords = 0x0002;
constexpr int kMethNoArgs = 0x0004;
constexpr int kMethO = 0x0008;
constexpr int kMethClass = 0x0010;
constexpr int kMethStatic = 0x0020;
constexpr int kMethCoexist = 0x0040;
constexpr int kMethFastcall = 0x0080;
constexpr int kMethMethod = 0x0200;
// dx-py: a kMethO/kMethNoArgs function that does not count as a recursion
// level when called (CPython's specialized instructions for len() and
// list.append call them without the check its other calls make).
constexpr int kMethNoRecursionCount = 0x4000;

struct MemberDef {
  const char* name;
  int type;
  ssize offset;
  int flags;
  const char* doc;
};

struct GetSetDef {
  const char* name;
  getter get;
  setter set;
  const char* doc;
  void* closure;
};

// ---- the type object (PyTypeObject) ------------------------------------------
struct TypeObject : VarObject {
  const char* tp_name;
  ssize tp_basicsize, tp_itemsize;
  destructor tp_dealloc;
  ssize tp_vectorcall_offset;
  getattrfunc tp_getattr;
  setattrfunc tp_setattr;
  AsyncMethods* tp_as_async;
  reprfunc tp_repr;
  NumberMethods* tp_as_number;
  SequenceMethods* tp_as_sequence;
  MappingMethods* tp_as_mapping;
  hashfunc tp_hash;
  ternaryfunc tp_call;
  reprfunc tp_str;
  getattrofunc tp_getattro;
  setattrofunc tp_setattro;
  BufferProcs* tp_as_buffer;
  unsigned long tp_flags;
  const char* tp_doc;
  traverseproc tp_traverse;
  inquiry tp_clear;
  richcmpfunc tp_richcompare;
  ssize tp_weaklistoffset;
  getiterfunc tp_iter;
  iternextfunc tp_iternext;
  MethodDef* tp_methods;
  MemberDef* tp_members;
  GetSetDef* tp_getset;
  TypeObject* tp_base;
  Object* tp_dict;
  descrgetfunc tp_descr_get;
  descrsetfunc tp_descr_set;
  ssize tp_dictoffset;
  initproc tp_init;
  allocfunc tp_alloc;
  newfunc tp_new;
  freefunc tp_free;
  inquiry tp_is_gc;
  Object* tp_bases;
  Object* tp_mro;
  Object* tp_cache;
  Object* tp_subclasses;
  Object* tp_weaklist;
  destructor tp_del;
  unsigned int tp_version_tag;
  destructor tp_finalize;
  vectorcallfunc tp_vectorcall;
};

// tp_flags (Py_TPFLAGS_*)
constexpr unsigned long kTpHaveFinalize = 1UL << 0;
constexpr unsigned long kTpManagedDict = 1UL << 4;
constexpr unsigned long kTpSequence = 1UL << 5;
constexpr unsigned long kTpMapping = 1UL << 6;
constexpr unsigned long kTpDisallowInstantiation = 1UL << 7;
constexpr unsigned long kTpImmutableType = 1UL << 8;
constexpr unsigned long kTpHeapType = 1UL << 9;
constexpr unsigned long kTpBaseType = 1UL << 10;
constexpr unsigned long kTpHaveVectorcall = 1UL << 11;
constexpr unsigned long kTpReady = 1UL << 12;
constexpr unsigned long kTpReadying = 1UL << 13;
constexpr unsigned long kTpHaveGc = 1UL << 14;
constexpr unsigned long kTpMethodDescriptor = 1UL << 17;
constexpr unsigned long kTpHaveVersionTag = 1UL << 18;
constexpr unsigned long kTpValidVersionTag = 1UL << 19;
constexpr unsigned long kTpIsAbstract = 1UL << 20;
constexpr unsigned long kTpMatchSelf = 1UL << 22;
constexpr unsigned long kTpLongSubclass = 1UL << 24;
constexpr unsigned long kTpListSubclass = 1UL << 25;
constexpr unsigned long kTpTupleSubclass = 1UL << 26;
constexpr unsigned long kTpBytesSubclass = 1UL << 27;
constexpr unsigned long kTpUnicodeSubclass = 1UL << 28;
constexpr unsigned long kTpDictSubclass = 1UL << 29;
constexpr unsigned long kTpBaseExcSubclass = 1UL << 30;
constexpr unsigned long kTpTypeSubclass = 1UL << 31;
constexpr unsigned long kTpDefault = 0;  // Py_TPFLAGS_DEFAULT is 0 in 3.11

// ---- the layouts of the builtin objects whose fields CPython exposes -------

// int: 30-bit digits, sign and digit count in ob_size (PyLongObject).
using digit = uint32_t;
constexpr int kDigitBits = 30;
struct IntObject : VarObject {
  digit ob_digit[1];
};

struct FloatObject : Object {
  double ob_fval;
};

struct ComplexValue {
  double real, imag;
};
struct ComplexObject : Object {
  ComplexValue cval;
};

// str: PEP 393 compact forms (PyASCIIObject / PyCompactUnicodeObject).
struct StrState {
  unsigned int interned : 2;
  unsigned int kind : 3;  // 1, 2 or 4 bytes per code point
  unsigned int compact : 1;
  unsigned int ascii : 1;
  unsigned int ready : 1;
  unsigned int : 24;
};
struct AsciiStrObject : Object {
  ssize length;  // in code points
  hash_t hash;   // -1 until computed
  StrState state;
  wchar_t* wstr;  // always null in dx-py
};
struct CompactStrObject : AsciiStrObject {
  ssize utf8_length;
  char* utf8;  // UTF-8 form, made on demand; null until then
  ssize wstr_length;
};
// The non-compact form (PyUnicodeObject): instances of str subclasses, whose
// characters are found through `data` (dx-py keeps them in the same block,
// after the instance's own fields).
struct StrObject : CompactStrObject {
  void* data;
};

struct BytesObject : VarObject {
  hash_t ob_shash;
  char ob_sval[1];
};

struct ByteArrayObject : VarObject {
  ssize ob_alloc;
  char* ob_bytes;
  char* ob_start;
  ssize ob_exports;
};

struct TupleObject : VarObject {
  Object* ob_item[1];
};

struct ListObject : VarObject {
  Object** ob_item;
  ssize allocated;
};

// The dict header (PyDictObject); the keys and values tables are ours.
struct DictKeys;
struct DictValues;
struct DictObject : Object {
  ssize ma_used;
  uint64_t ma_version_tag;
  DictKeys* ma_keys;
  DictValues* ma_values;
};

struct SetEntry {
  Object* key;
  hash_t hash;
};
constexpr int kSetMinSize = 8;
struct SetObject : Object {
  ssize fill;
  ssize used;
  ssize mask;
  SetEntry* table;
  hash_t hash;
  ssize finger;
  SetEntry smalltable[kSetMinSize];
  Object* weakreflist;
};

struct SliceObject : Object {
  Object* start;
  Object* stop;
  Object* step;
};

// BaseException and its subclasses without extra fields (PyBaseExceptionObject).
struct BaseExceptionObject : Object {
  Object* dict;
  Object* args;
  Object* notes;
  Object* traceback;
  Object* context;
  Object* cause;
  char suppress_context;
};

// The exception families with fields of their own (exceptions.def names them).
struct ExceptionGroupObject : BaseExceptionObject {
  Object* msg;
  Object* excs;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Object* msg;
  Object* filename;
  Object* lineno;
  Object* offset;
  Object* end_lineno;
  Object* end_offset;
  Object* text;
  Object* print_file_and_line;
};
struct ImportErrorObject : BaseExceptionObject {
  Object* msg;
  Object* name;
  Object* path;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Object* encoding;
  Object* object;
  ssize start;
  ssize end;
  Object* reason;
};
struct SystemExitObject : BaseExceptionObject {
  Object* code;
};
struct OSErrorObject : BaseExceptionObject {
  Object* myerrno;
  Object* strerror;
  Object* filename;
  Object* filename2;
  ssize written;  // BlockingIOError's characters_written; -1 otherwise
};
struct StopIterationObject : BaseExceptionObject {
  Object* value;
};
struct NameErrorObject : BaseExceptionObject {
  Object* name;
};
struct AttributeErrorObject : BaseExceptionObject {
  Object* obj;
  Object* name;
};

// Modules (PyModuleDef and the module object's head).
struct ModuleDefBase : Object {
  Object* (*m_init)();
  ssize m_index;
  Object* m_copy;
};
struct ModuleDefSlot {
  int slot;
  void* value;
};
struct ModuleDef {
  ModuleDefBase m_base;
  const char* m_name;
  const char* m_doc;
  ssize m_size;
  MethodDef* m_methods;
  ModuleDefSlot* m_slots;
  traverseproc m_traverse;
  inquiry m_clear;
  freefunc m_free;
};

// ---- reference counting ---------------------------------------------------------

// Immortal objects (None, True, False, Ellipsis, static types, small ints)
// start with a count so large that no sequence of decrefs reaches zero; they
// are never deallocated and may be shared between interpreters.
constexpr ssize kImmortalRefcnt = ssize(1) << 60;

inline void incref(Object* o) { o->ob_refcnt++; }
inline void xincref(Object* o) {
  if (o) o->ob_refcnt++;
}
inline void dealloc(Object* o);  // calls the type's tp_dealloc (defined below)
inline void decref(Object* o) {
  if (--o->ob_refcnt == 0) dealloc(o);
}
inline void xdecref(Object* o) {
  if (o) decref(o);
}
// Returns a new reference to `o` (Py_NewRef).
inline Object* newref(Object* o) {
  o->ob_refcnt++;
  return o;
}
// The same for a possibly null `o` (Py_XNewRef).
inline Object* xnewref(Object* o) {
  if (o) o->ob_refcnt++;
  return o;
}

inline TypeObject* type_of(const Object* o) { return o->ob_type; }
inline void dealloc(Object* o) { o->ob_type->tp_dealloc(o); }
inline ssize size_of(const VarObject* o) { return o->ob_size; }

}  // namespace dx
