#include "runtime/runtime.h"

#include <initializer_list>
#include <mutex>

#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/generator.h"
#include "objects/type.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "vm/code.h"
#include "vm/function.h"
#include "vm/traceback.h"
#include "objects/builtin_function.h"
#include "objects/builtin_iterators.h"
#include "objects/iter.h"

namespace dx {

void init_constructors();  // objects/constructors.cpp

void runtime_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    init_singleton_types();
    init_int_types();
    init_float_type();
    init_str_type();
    init_tuple_type();
    init_list_types();
    init_range_types();
    init_slice_type();
    init_dict_type();
    init_exception_types();
    init_cell_type();
    init_code_type();
    init_function_type();
    init_traceback_type();
    init_builtin_function_type();
    init_generator_type();
    init_iter_types();
    init_enumerate_type();
    init_zip_type();
    init_map_type();
    init_filter_type();
    init_reversed_type();
    init_type_types();
    // Every static type is an instance of `type`.
    for (TypeObject* t : {&IntType, &BoolType, &FloatType, &StrType, &TupleType, &ListType, &ListIterType,
                          &ListRevIterType, &RangeType, &RangeIterType, &SliceType, &DictType, &NoneType,
                          &NotImplementedType, &EllipsisType, &CellType, &CodeType, &FunctionType, &TracebackType,
                          &BuiltinFunctionType})
      register_static_type(t);
#define EXCEPTION(Name, Base, Layout) register_static_type(&exc::Name);
#include "runtime/exceptions.def"
    exc::BaseException.tp_base = &ObjectType;
    init_constructors();
  });
}

}  // namespace dx
