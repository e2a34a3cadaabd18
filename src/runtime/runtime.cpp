#include "runtime/runtime.h"

#include <initializer_list>
#include <mutex>

#include "objects/bytes.h"
#include "objects/bytes_conversions.h"
#include "objects/cell.h"
#include "objects/codecs.h"
#include "objects/complex.h"
#include "objects/memoryview.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "modules/builtins.h"
#include "objects/union_type.h"
#include "objects/frame_object.h"
#include "objects/generator.h"
#include "objects/anext_awaitable.h"
#include "objects/type.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "vm/code.h"
#include "vm/function.h"
#include "vm/traceback.h"
#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/mappingproxy.h"
#include "objects/method.h"
#include "objects/property.h"
#include "objects/super.h"
#include "objects/type_slots.h"
#include "runtime/names.h"
#include "objects/builtin_iterators.h"
#include "objects/iter.h"

namespace dx {

extern TypeObject StrIterType, StrUnicodeIterType, TupleIterType;  // objects/str.cpp, objects/tuple.cpp

void runtime_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    // The types' fields first, then the names, then every type readied
    // (its dict, MRO and inherited slots), bases before subclasses.
    init_type_types();
    init_singleton_types();
    init_int_types();
    init_float_type();
    init_complex_type();
    init_str_type();
    init_bytes_types();
    init_bytearray_type();
    init_memoryview_types();
    init_tuple_type();
    init_list_types();
    init_range_types();
    init_slice_type();
    init_dict_type();
    init_generic_alias_type();
    init_union_type();
    init_set_types();
    init_exception_types();
    init_codecs();
    init_cell_type();
    init_code_type();
    init_function_type();
    init_traceback_type();
    init_frame_type();
    init_builtin_function_type();
    init_generator_type();
    init_coroutine_types();
    init_async_generator_types();
    init_anext_awaitable_type();
    init_iter_types();
    init_enumerate_type();
    init_zip_type();
    init_map_type();
    init_filter_type();
    init_reversed_type();
    init_descriptor_types();
    init_method_types();
    init_property_type();
    init_super_type();
    init_mappingproxy_type();
    init_quitter_type();
    names::init_names();
    init_slot_names();
    TypeObject* all[] = {&ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &ComplexType, &StrType, &BytesType, &BytesIterType, &ByteArrayType, &ByteArrayIterType, &MemoryViewType, &ManagedBufferType, &MemoryIterType, &TupleType, &ListType,
                         &ListIterType, &ListRevIterType, &RangeType, &RangeIterType, &LongRangeIterType, &SliceType, &DictType,
                         &NoneType, &NotImplementedType, &EllipsisType, &CellType, &CodeType, &FunctionType,
                         &TracebackType, &FrameType, &BuiltinFunctionType, &MethodDescrType, &ClassMethodDescrType,
                         &MemberDescrType, &GetSetDescrType, &WrapperDescrType, &MethodWrapperType, &MethodType,
                         &ClassMethodType, &StaticMethodType, &PropertyType, &SuperType, &MappingProxyType, &StrIterType, &StrUnicodeIterType, &TupleIterType,
                         &SetType, &FrozenSetType, &SetIterType,
                         &GeneratorType, &CoroutineType, &CoroWrapperType, &AsyncGenType, &AsyncGenASendType,
                         &AsyncGenAThrowType, &ANextAwaitableType, &SeqIterType, &CallIterType, &EnumerateType, &ZipType, &MapType,
                         &FilterType, &ReversedType, &DictKeysType, &DictValuesType, &DictItemsType,
                         &DictKeyIterType, &DictValueIterType, &DictItemIterType, &DictRevKeyIterType,
                         &DictRevValueIterType, &DictRevItemIterType, &GenericAliasType, &UnionType, &QuitterType};
    for (TypeObject* t : all) register_static_type(t);
#define EXCEPTION(Name, Base, Layout) register_static_type(&exc::Name);
#include "runtime/exceptions.def"
    exc::BaseException.tp_base = &ObjectType;
    for (TypeObject* t : all) type_ready(t);
#define EXCEPTION(Name, Base, Layout) type_ready(&exc::Name);
#include "runtime/exceptions.def"
    install_bytes_conversions();
  });
}

}  // namespace dx
