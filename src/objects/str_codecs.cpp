// str(object, encoding, errors) and str.encode: str's side of the codecs,
// which live with bytes (objects/codecs.{h,cpp}; str.encode itself is
// objects/bytes_conversions.cpp's str_encode_method). Until bytes is in the
// tree, encoding raises NotImplementedError and only the errors about the
// arguments are CPython's.
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

#if __has_include("objects/codecs.h") && __has_include("objects/bytes_conversions.h")
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "runtime/buffer.h"
#define DX_HAVE_CODECS 1
#else
#define DX_HAVE_CODECS 0
#endif

namespace dx {

// str(object, encoding, errors) with encoding or errors given (strs, or
// null for the defaults): object must be bytes-like.
Object* str_decode_object(Object* object, Object* encoding, Object* errors) {
#if DX_HAVE_CODECS
  std::string_view enc = "utf-8", err = "strict";
  if (encoding && !codec_argument(encoding, "str", "encoding", &enc)) return nullptr;
  if (errors && !codec_argument(errors, "str", "errors", &err)) return nullptr;
  if (is_bytes(object)) return decode_bytes(bytes_data(object), bytes_size(object), enc, err);
  if (is_str(object)) return raise(&exc::TypeError, "decoding str is not supported");
  BufferHolder h;
  if (!h.get(object)) {
    clear_error();
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found",
                 type_of(object)->tp_name);
  }
  return decode_bytes(h.data(), h.size(), enc, err);
#else
  (void)encoding;
  (void)errors;
  if (is_str(object)) return raise(&exc::TypeError, "decoding str is not supported");
  return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found", type_of(object)->tp_name);
#endif
}

#if !DX_HAVE_CODECS
// str.encode(encoding='utf-8', errors='strict') without codecs: the
// argument errors, then NotImplementedError.
Object* str_encode_method(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Object* v[2];
  if (!parse_args(ArgSpec{"encode", names, 2, 0}, args, nargs, kwnames, v)) return nullptr;
  for (int i = 0; i < 2; i++) {
    if (v[i] && !is_str(v[i]))
      return raise(&exc::TypeError, "encode() argument '%s' must be str, not %.100s", names[i],
                   is_none(v[i]) ? "None" : type_of(v[i])->tp_name);
  }
  return raise(&exc::NotImplementedError, "str.encode needs the bytes type, which dx-py does not have yet");
}
#endif

}  // namespace dx
