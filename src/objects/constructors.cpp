// Calling the builtin value types: int(), float(), str(), bool(), tuple(),
// list() and range(). These are the types' tp_new slots; they live together
// until the class machinery (with __new__/__init__ lookup) gives each type
// file its methods table.
#include <string>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

namespace dx {

namespace {

Object* str_new_slot(TypeObject*, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"object", "encoding", "errors"};
  Object* values[3];
  if (!parse_tuple_and_keywords(args, kwargs, "str", kNames, 3, 0, values)) return nullptr;
  std::string_view encoding = "utf-8", errors = "strict";
  if (values[1] && !codec_argument(values[1], "str", "encoding", &encoding)) return nullptr;
  if (values[2] && !codec_argument(values[2], "str", "errors", &errors)) return nullptr;
  Object* x = values[0];
  if (!x) return str_from_ascii("");
  if (!values[1] && !values[2]) return object_str(x);
  if (is_bytes(x)) return decode_bytes(bytes_data(x), bytes_size(x), encoding, errors);
  if (is_str(x)) return raise(&exc::TypeError, "decoding str is not supported");
  BufferHolder h;
  if (!h.get(x)) {
    clear_error();
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found", type_of(x)->tp_name);
  }
  return decode_bytes(h.data(), h.size(), encoding, errors);
}

}  // namespace

void init_constructors() {
  StrType.tp_new = str_new_slot;
}

}  // namespace dx
