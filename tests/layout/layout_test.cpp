// Checks that dx-py's object layouts equal CPython 3.11's public structs
// (DESIGN D2), by comparing sizeof and offsetof against CPython's own headers
// (Debian's libpython3.11-dev). This translation unit is the only one that
// sees <Python.h>.
#include <Python.h>
#include <structmember.h>
#include <gtest/gtest.h>

#include "objects/memoryview.h"
#include "runtime/object.h"

// Our structs use C++ inheritance for the headers; their layout is the C one,
// but offsetof on them is "conditionally supported" and warns.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // PyBytesObject::ob_shash

#define SAME_SIZE(ours, theirs) EXPECT_EQ(sizeof(dx::ours), sizeof(theirs)) << #ours " vs " #theirs
#define SAME_OFFSET(ours, theirs, field) \
  EXPECT_EQ(offsetof(dx::ours, field), offsetof(theirs, field)) << #ours "." #field
#define SAME_OFFSET2(ours, our_field, theirs, their_field) \
  EXPECT_EQ(offsetof(dx::ours, our_field), offsetof(theirs, their_field)) << #ours "." #our_field

TEST(Layout, ObjectHeaders) {
  SAME_SIZE(Object, PyObject);
  SAME_OFFSET(Object, PyObject, ob_refcnt);
  SAME_OFFSET(Object, PyObject, ob_type);
  SAME_SIZE(VarObject, PyVarObject);
  SAME_OFFSET(VarObject, PyVarObject, ob_size);
}

TEST(Layout, TypeObject) {
  SAME_SIZE(TypeObject, PyTypeObject);
#define TP(field) SAME_OFFSET(TypeObject, PyTypeObject, field);
  TP(tp_name) TP(tp_basicsize) TP(tp_itemsize) TP(tp_dealloc) TP(tp_vectorcall_offset) TP(tp_getattr)
  TP(tp_setattr) TP(tp_as_async) TP(tp_repr) TP(tp_as_number) TP(tp_as_sequence) TP(tp_as_mapping)
  TP(tp_hash) TP(tp_call) TP(tp_str) TP(tp_getattro) TP(tp_setattro) TP(tp_as_buffer) TP(tp_flags)
  TP(tp_doc) TP(tp_traverse) TP(tp_clear) TP(tp_richcompare) TP(tp_weaklistoffset) TP(tp_iter)
  TP(tp_iternext) TP(tp_methods) TP(tp_members) TP(tp_getset) TP(tp_base) TP(tp_dict) TP(tp_descr_get)
  TP(tp_descr_set) TP(tp_dictoffset) TP(tp_init) TP(tp_alloc) TP(tp_new) TP(tp_free) TP(tp_is_gc)
  TP(tp_bases) TP(tp_mro) TP(tp_cache) TP(tp_subclasses) TP(tp_weaklist) TP(tp_del) TP(tp_version_tag)
  TP(tp_finalize) TP(tp_vectorcall)
#undef TP
}

TEST(Layout, SlotTables) {
  SAME_SIZE(NumberMethods, PyNumberMethods);
#define NB(field) SAME_OFFSET(NumberMethods, PyNumberMethods, field);
  NB(nb_add) NB(nb_subtract) NB(nb_multiply) NB(nb_remainder) NB(nb_divmod) NB(nb_power) NB(nb_negative)
  NB(nb_positive) NB(nb_absolute) NB(nb_bool) NB(nb_invert) NB(nb_lshift) NB(nb_rshift) NB(nb_and)
  NB(nb_xor) NB(nb_or) NB(nb_int) NB(nb_reserved) NB(nb_float) NB(nb_inplace_add) NB(nb_inplace_subtract)
  NB(nb_inplace_multiply) NB(nb_inplace_remainder) NB(nb_inplace_power) NB(nb_inplace_lshift)
  NB(nb_inplace_rshift) NB(nb_inplace_and) NB(nb_inplace_xor) NB(nb_inplace_or) NB(nb_floor_divide)
  NB(nb_true_divide) NB(nb_inplace_floor_divide) NB(nb_inplace_true_divide) NB(nb_index)
  NB(nb_matrix_multiply) NB(nb_inplace_matrix_multiply)
#undef NB
  SAME_SIZE(SequenceMethods, PySequenceMethods);
#define SQ(field) SAME_OFFSET(SequenceMethods, PySequenceMethods, field);
  SQ(sq_length) SQ(sq_concat) SQ(sq_repeat) SQ(sq_item) SQ(was_sq_slice) SQ(sq_ass_item) SQ(was_sq_ass_slice)
  SQ(sq_contains) SQ(sq_inplace_concat) SQ(sq_inplace_repeat)
#undef SQ
  SAME_SIZE(MappingMethods, PyMappingMethods);
  SAME_OFFSET(MappingMethods, PyMappingMethods, mp_length);
  SAME_OFFSET(MappingMethods, PyMappingMethods, mp_subscript);
  SAME_OFFSET(MappingMethods, PyMappingMethods, mp_ass_subscript);
  SAME_SIZE(AsyncMethods, PyAsyncMethods);
  SAME_OFFSET(AsyncMethods, PyAsyncMethods, am_send);
  SAME_SIZE(BufferProcs, PyBufferProcs);
  SAME_SIZE(Buffer, Py_buffer);
#define BUF(field) SAME_OFFSET(Buffer, Py_buffer, field);
  BUF(buf) BUF(obj) BUF(len) BUF(itemsize) BUF(readonly) BUF(ndim) BUF(format) BUF(shape) BUF(strides)
  BUF(suboffsets) BUF(internal)
#undef BUF
}

TEST(Layout, Definitions) {
  SAME_SIZE(MethodDef, PyMethodDef);
  SAME_OFFSET(MethodDef, PyMethodDef, ml_name);
  SAME_OFFSET(MethodDef, PyMethodDef, ml_meth);
  SAME_OFFSET(MethodDef, PyMethodDef, ml_flags);
  SAME_OFFSET(MethodDef, PyMethodDef, ml_doc);
  SAME_SIZE(MemberDef, PyMemberDef);
  SAME_OFFSET(MemberDef, PyMemberDef, offset);
  SAME_OFFSET(MemberDef, PyMemberDef, flags);
  SAME_SIZE(GetSetDef, PyGetSetDef);
  SAME_OFFSET(GetSetDef, PyGetSetDef, closure);
  SAME_SIZE(ModuleDef, PyModuleDef);
  SAME_OFFSET(ModuleDef, PyModuleDef, m_name);
  SAME_OFFSET(ModuleDef, PyModuleDef, m_size);
  SAME_OFFSET(ModuleDef, PyModuleDef, m_methods);
  SAME_OFFSET(ModuleDef, PyModuleDef, m_free);
  SAME_SIZE(ModuleDefBase, PyModuleDef_Base);
  EXPECT_EQ(dx::kMethVarargs, METH_VARARGS);
  EXPECT_EQ(dx::kMethKeywords, METH_KEYWORDS);
  EXPECT_EQ(dx::kMethNoArgs, METH_NOARGS);
  EXPECT_EQ(dx::kMethO, METH_O);
  EXPECT_EQ(dx::kMethClass, METH_CLASS);
  EXPECT_EQ(dx::kMethStatic, METH_STATIC);
  EXPECT_EQ(dx::kMethFastcall, METH_FASTCALL);
  EXPECT_EQ(dx::kMethMethod, METH_METHOD);
}

TEST(Layout, Flags) {
  EXPECT_EQ(dx::kTpHeapType, Py_TPFLAGS_HEAPTYPE);
  EXPECT_EQ(dx::kTpBaseType, Py_TPFLAGS_BASETYPE);
  EXPECT_EQ(dx::kTpReady, Py_TPFLAGS_READY);
  EXPECT_EQ(dx::kTpHaveGc, Py_TPFLAGS_HAVE_GC);
  EXPECT_EQ(dx::kTpLongSubclass, Py_TPFLAGS_LONG_SUBCLASS);
  EXPECT_EQ(dx::kTpListSubclass, Py_TPFLAGS_LIST_SUBCLASS);
  EXPECT_EQ(dx::kTpTupleSubclass, Py_TPFLAGS_TUPLE_SUBCLASS);
  EXPECT_EQ(dx::kTpBytesSubclass, Py_TPFLAGS_BYTES_SUBCLASS);
  EXPECT_EQ(dx::kTpUnicodeSubclass, Py_TPFLAGS_UNICODE_SUBCLASS);
  EXPECT_EQ(dx::kTpDictSubclass, Py_TPFLAGS_DICT_SUBCLASS);
  EXPECT_EQ(dx::kTpBaseExcSubclass, Py_TPFLAGS_BASE_EXC_SUBCLASS);
  EXPECT_EQ(dx::kTpTypeSubclass, Py_TPFLAGS_TYPE_SUBCLASS);
  EXPECT_EQ(dx::kTpDefault, Py_TPFLAGS_DEFAULT);
  EXPECT_EQ(dx::kTpHaveVectorcall, Py_TPFLAGS_HAVE_VECTORCALL);
  EXPECT_EQ(dx::kTpSequence, Py_TPFLAGS_SEQUENCE);
  EXPECT_EQ(dx::kTpMapping, Py_TPFLAGS_MAPPING);
  EXPECT_EQ(dx::kTpImmutableType, Py_TPFLAGS_IMMUTABLETYPE);
  EXPECT_EQ(dx::kTpManagedDict, Py_TPFLAGS_MANAGED_DICT);
  EXPECT_EQ(dx::kTpHaveFinalize, Py_TPFLAGS_HAVE_FINALIZE);
  EXPECT_EQ(dx::kTpMethodDescriptor, Py_TPFLAGS_METHOD_DESCRIPTOR);
  EXPECT_EQ(dx::kTpIsAbstract, Py_TPFLAGS_IS_ABSTRACT);
  EXPECT_EQ(dx::kTpDisallowInstantiation, Py_TPFLAGS_DISALLOW_INSTANTIATION);
}

TEST(Layout, BuiltinObjects) {
  SAME_SIZE(IntObject, PyLongObject);
  SAME_OFFSET(IntObject, PyLongObject, ob_digit);
  EXPECT_EQ(dx::kDigitBits, PyLong_SHIFT);
  EXPECT_EQ(sizeof(dx::digit), sizeof(::digit));
  SAME_SIZE(FloatObject, PyFloatObject);
  SAME_OFFSET(FloatObject, PyFloatObject, ob_fval);
  SAME_SIZE(ComplexObject, PyComplexObject);
  SAME_OFFSET(ComplexObject, PyComplexObject, cval);
  SAME_SIZE(AsciiStrObject, PyASCIIObject);
  SAME_OFFSET(AsciiStrObject, PyASCIIObject, length);
  SAME_OFFSET(AsciiStrObject, PyASCIIObject, hash);
  SAME_OFFSET(AsciiStrObject, PyASCIIObject, state);
  SAME_OFFSET(AsciiStrObject, PyASCIIObject, wstr);
  SAME_SIZE(CompactStrObject, PyCompactUnicodeObject);
  SAME_OFFSET(CompactStrObject, PyCompactUnicodeObject, utf8_length);
  SAME_OFFSET(CompactStrObject, PyCompactUnicodeObject, utf8);
  SAME_OFFSET(CompactStrObject, PyCompactUnicodeObject, wstr_length);
  SAME_SIZE(StrObject, PyUnicodeObject);
  SAME_OFFSET2(StrObject, data, PyUnicodeObject, data.any);
  SAME_SIZE(BytesObject, PyBytesObject);
  SAME_OFFSET(BytesObject, PyBytesObject, ob_shash);
  SAME_OFFSET(BytesObject, PyBytesObject, ob_sval);
  SAME_SIZE(ByteArrayObject, PyByteArrayObject);
  SAME_OFFSET(ByteArrayObject, PyByteArrayObject, ob_alloc);
  SAME_OFFSET(ByteArrayObject, PyByteArrayObject, ob_bytes);
  SAME_OFFSET(ByteArrayObject, PyByteArrayObject, ob_start);
  SAME_OFFSET(ByteArrayObject, PyByteArrayObject, ob_exports);
  SAME_SIZE(TupleObject, PyTupleObject);
  SAME_OFFSET(TupleObject, PyTupleObject, ob_item);
  SAME_SIZE(ListObject, PyListObject);
  SAME_OFFSET(ListObject, PyListObject, ob_item);
  SAME_OFFSET(ListObject, PyListObject, allocated);
  SAME_SIZE(DictObject, PyDictObject);
  SAME_OFFSET(DictObject, PyDictObject, ma_used);
  SAME_OFFSET(DictObject, PyDictObject, ma_version_tag);
  SAME_OFFSET(DictObject, PyDictObject, ma_keys);
  SAME_OFFSET(DictObject, PyDictObject, ma_values);
  SAME_SIZE(SetEntry, setentry);
  SAME_SIZE(SetObject, PySetObject);
#define SET(field) SAME_OFFSET(SetObject, PySetObject, field);
  SET(fill) SET(used) SET(mask) SET(table) SET(hash) SET(finger) SET(smalltable) SET(weakreflist)
#undef SET
  SAME_SIZE(SliceObject, PySliceObject);
  SAME_OFFSET(SliceObject, PySliceObject, start);
  SAME_OFFSET(SliceObject, PySliceObject, stop);
  SAME_OFFSET(SliceObject, PySliceObject, step);
  SAME_SIZE(BaseExceptionObject, PyBaseExceptionObject);
#define EXC(field) SAME_OFFSET(BaseExceptionObject, PyBaseExceptionObject, field);
  EXC(dict) EXC(args) EXC(notes) EXC(traceback) EXC(context) EXC(cause) EXC(suppress_context)
#undef EXC
}

TEST(Layout, ExceptionFamilies) {
  SAME_SIZE(ExceptionGroupObject, PyBaseExceptionGroupObject);
  SAME_OFFSET(ExceptionGroupObject, PyBaseExceptionGroupObject, msg);
  SAME_OFFSET(ExceptionGroupObject, PyBaseExceptionGroupObject, excs);
  SAME_SIZE(SyntaxErrorObject, PySyntaxErrorObject);
#define SE(field) SAME_OFFSET(SyntaxErrorObject, PySyntaxErrorObject, field);
  SE(msg) SE(filename) SE(lineno) SE(offset) SE(end_lineno) SE(end_offset) SE(text) SE(print_file_and_line)
#undef SE
  SAME_SIZE(ImportErrorObject, PyImportErrorObject);
  SAME_OFFSET(ImportErrorObject, PyImportErrorObject, path);
  SAME_SIZE(UnicodeErrorObject, PyUnicodeErrorObject);
  SAME_OFFSET(UnicodeErrorObject, PyUnicodeErrorObject, start);
  SAME_OFFSET(UnicodeErrorObject, PyUnicodeErrorObject, reason);
  SAME_SIZE(SystemExitObject, PySystemExitObject);
  SAME_OFFSET(SystemExitObject, PySystemExitObject, code);
  SAME_SIZE(OSErrorObject, PyOSErrorObject);
  SAME_OFFSET(OSErrorObject, PyOSErrorObject, filename2);
  SAME_OFFSET(OSErrorObject, PyOSErrorObject, written);
  SAME_SIZE(StopIterationObject, PyStopIterationObject);
  SAME_OFFSET(StopIterationObject, PyStopIterationObject, value);
  SAME_SIZE(NameErrorObject, PyNameErrorObject);
  SAME_OFFSET(NameErrorObject, PyNameErrorObject, name);
  SAME_SIZE(AttributeErrorObject, PyAttributeErrorObject);
  SAME_OFFSET(AttributeErrorObject, PyAttributeErrorObject, obj);
  SAME_OFFSET(AttributeErrorObject, PyAttributeErrorObject, name);
}

TEST(Layout, MemoryView) {
  SAME_SIZE(ManagedBufferObject, _PyManagedBufferObject);
  SAME_OFFSET(ManagedBufferObject, _PyManagedBufferObject, flags);
  SAME_OFFSET(ManagedBufferObject, _PyManagedBufferObject, exports);
  SAME_OFFSET(ManagedBufferObject, _PyManagedBufferObject, master);
  SAME_SIZE(MemoryViewObject, PyMemoryViewObject);
#define MV(field) SAME_OFFSET(MemoryViewObject, PyMemoryViewObject, field);
  MV(mbuf) MV(hash) MV(flags) MV(exports) MV(view) MV(weakreflist) MV(ob_array)
#undef MV
}
