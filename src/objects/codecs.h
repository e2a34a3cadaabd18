// Text encodings built into dx-py: UTF-8, ASCII and Latin-1 in both
// directions, with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape and surrogatepass (and, for encoding,
// xmlcharrefreplace and namereplace), raising CPython's UnicodeDecodeError /
// UnicodeEncodeError with its messages. What bytes.decode, str.encode,
// bytes(str, encoding) and str(bytes, encoding) are made of.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace dx {

// data[0..n) decoded to a str. `encoding` is any spelling CPython accepts
// for the three codecs ("utf-8", "UTF8", "latin_1", "iso-8859-1", "ascii",
// "us-ascii", ...); another name raises LookupError "unknown encoding: X".
// An unknown error handler raises LookupError "unknown error handler name
// 'X'" when a decoding error needs it (as CPython).
Object* decode_bytes(const char* data, ssize n, std::string_view encoding = "utf-8",
                     std::string_view errors = "strict");
// str.encode(encoding, errors): a new bytes object.
Object* encode_str(Object* str, std::string_view encoding = "utf-8", std::string_view errors = "strict");

// The arguments of bytes.decode / str.encode / bytes() / str() as objects
// (null for the default): TypeError "<fname>() argument 'encoding' must be
// str, not int" and ValueError "embedded null character" as argument clinic
// gives them. False with the error set.
bool codec_argument(Object* arg, const char* fname, const char* argname, std::string_view* out);

// UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeEncodeError(...) instances, as the codecs raise them; also their
// __init__ and __str__ (installed on the exception types by init_codecs).
Object* unicode_decode_error_new(std::string_view encoding, const char* data, ssize n, ssize start, ssize end,
                                 std::string_view reason);
Object* unicode_encode_error_new(std::string_view encoding, Object* str, ssize start, ssize end,
                                 std::string_view reason);

void init_codecs();

}  // namespace dx
