// str.encode and str(object, encoding, errors): the argument handling of
// str's side; the codecs themselves (UTF-8, ASCII, Latin-1 and their error
// handlers) live with bytes in objects/codecs.{h,cpp}. Until bytes exists in
// the tree, encoding and decoding raise NotImplementedError.
#include "objects/str.h"
#include "objects/singletons.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

#if __has_include("objects/codecs.h")
#include "objects/codecs.h"
#include "runtime/buffer.h"
#define DX_HAVE_CODECS 1
#else
#define DX_HAVE_CODECS 0
#endif

namespace dx {

// str.encode(encoding='utf-8', errors='strict')
Object* str_encode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Object* v[2];
  if (!parse_args(ArgSpec{"encode", names, 2, 0}, args, nargs, kwnames, v)) return nullptr;
  for (int i = 0; i < 2; i++) {
    if (v[i] && !is_str(v[i]))
      return raise(&exc::TypeError, "encode() argument '%s' must be str, not %.100s", names[i],
                   is_none(v[i]) ? "None" : type_of(v[i])->tp_name);
  }
#if DX_HAVE_CODECS
  std::string_view encoding = "utf-8", errors = "strict";
  if (v[0] && !codec_argument(v[0], "encode", "encoding", &encoding)) return nullptr;
  if (v[1] && !codec_argument(v[1], "encode", "errors", &errors)) return nullptr;
  return encode_str(self, encoding, errors);
#else
  (void)self;
  return raise(&exc::NotImplementedError, "str.encode needs the bytes type, which dx-py does not have yet");
#endif
}

// str(object, encoding, errors) with encoding or errors given: object must
// be bytes-like (encoding and errors, when given, are strs).
Object* str_decode_object(Object* object, Object* encoding, Object* errors) {
  if (is_str(object)) return raise(&exc::TypeError, "decoding str is not supported");
#if DX_HAVE_CODECS
  if (!has_buffer(object))
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found",
                 type_of(object)->tp_name);
  std::string_view enc = "utf-8", err = "strict";
  if (encoding && !codec_argument(encoding, "str", "encoding", &enc)) return nullptr;
  if (errors && !codec_argument(errors, "str", "errors", &err)) return nullptr;
  Buffer view{};
  if (object_get_buffer(object, &view, kBufSimple) < 0) return nullptr;
  Object* r = decode_bytes(static_cast<const char*>(view.buf), view.len, enc, err);
  buffer_release(&view);
  return r;
#else
  (void)encoding;
  (void)errors;
  return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found", type_of(object)->tp_name);
#endif
}

}  // namespace dx
