// The C++ helpers of bytes, bytearray and the codecs, and differential
// checks against python3.11 over random inputs: decoding with every error
// handler, encoding with every error handler, int.to_bytes / from_bytes.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/bytes_conversions.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/str.h"
#include "python_oracle.h"
#include "runtime/abstract.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

using namespace dx;

namespace {

class BytesTest : public ::testing::Test {
 protected:
  void SetUp() override { runtime_init(); }
  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
};

std::string hex(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : s) {
    out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
    out.push_back(kHex[static_cast<unsigned char>(c) & 15]);
  }
  return out;
}

// The outcome of a codec call as the oracle prints it: ascii() of the
// result, or "E start end reason" for a Unicode error, or the error type.
std::string outcome(Object* r) {
  if (r) {
    Object* a = object_ascii(r);
    std::string s(str_utf8(a));
    decref(a);
    decref(r);
    return s;
  }
  Object* e = fetch_error();
  std::string s;
  if (is_instance_of_type(e, &exc::UnicodeError)) {
    auto* u = static_cast<UnicodeErrorObject*>(e);
    s = "E " + std::to_string(u->start) + " " + std::to_string(u->end) + " " + std::string(str_utf8(u->reason));
  } else {
    s = type_of(e)->tp_name;
  }
  decref(e);
  return s;
}

// A fixed seed, or $DXPY_STRESS_SEED for another sample.
unsigned seed_or(unsigned fixed) {
  const char* env = std::getenv("DXPY_STRESS_SEED");
  return env && *env ? static_cast<unsigned>(std::strtoul(env, nullptr, 10)) : fixed;
}

const char* const kDecodeHandlers[] = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                       "surrogatepass"};
const char* const kEncodeHandlers[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                       "namereplace", "surrogateescape", "surrogatepass"};

}  // namespace

TEST_F(BytesTest, SharedObjectsAndHelpers) {
  Object* a = bytes_from_data("a", 1);
  Object* b = bytes_from_string("a");
  EXPECT_EQ(a, b);  // one-byte bytes are shared
  Object* e1 = bytes_from_data(nullptr, 0);
  Object* e2 = bytes_from_string("");
  EXPECT_EQ(e1, e2);
  Object* c = bytes_concat(a, b);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(bytes_view(c), "aa");
  Object* u = bytes_new_uninitialized(10);
  std::memcpy(bytes_data(u), "0123456789", 10);
  ASSERT_EQ(bytes_resize(&u, 4), 0);
  EXPECT_EQ(bytes_view(u), "0123");
  EXPECT_EQ(bytes_data(u)[4], '\0');
  Object* s = str_from_utf8("caf\xc3\xa9");
  Object* latin1 = bytes_from_string("caf\xe9");
  EXPECT_EQ(object_hash(s), object_hash(latin1));
  Object* ba = bytearray_from_data("xyz", 3);
  Buffer view;
  ASSERT_EQ(object_get_buffer(ba, &view, kBufSimple), 0);
  EXPECT_EQ(bytearray_resize(ba, 10), -1);  // exported: no resizing
  EXPECT_TRUE(error_matches(&exc::BufferError));
  clear_error();
  buffer_release(&view);
  EXPECT_EQ(bytearray_resize(ba, 10), 0);
  EXPECT_EQ(object_get_buffer(s, &view, kBufSimple), -1);
  EXPECT_TRUE(error_matches(&exc::TypeError));
  clear_error();
  for (Object* o : {a, b, e1, e2, c, u, s, latin1, ba}) decref(o);
}

TEST_F(BytesTest, DecodeAgainstPython) {
  std::mt19937 rng(seed_or(7));
  std::vector<std::string> inputs;
  for (int i = 0; i < 1500; i++) {
    std::string s;
    int n = static_cast<int>(rng() % 10);
    for (int k = 0; k < n; k++) {
      unsigned r = rng() % 8;
      if (r < 2) s.push_back(static_cast<char>(0x20 + rng() % 0x5F));
      else if (r < 4) s.push_back(static_cast<char>(0x80 + rng() % 0x80));
      else if (r < 5) s.push_back(static_cast<char>(0xE0 + rng() % 0x20));
      else s.push_back(static_cast<char>(rng() % 256));
    }
    inputs.push_back(s);
  }
  std::string script =
      "H = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']\n"
      "for line in DATA:\n"
      "    data = bytes.fromhex(line)\n"
      "    for enc in ('utf-8', 'ascii', 'latin-1'):\n"
      "        for h in H:\n"
      "            try:\n"
      "                print(ascii(data.decode(enc, h)))\n"
      "            except UnicodeError as e:\n"
      "                print('E', e.start, e.end, e.reason)\n"
      "            except Exception as e:\n"
      "                print(type(e).__name__)\n";
  std::string data = "DATA = [";
  for (const std::string& s : inputs) data += "'" + hex(s) + "',";
  data += "]\n";
  std::vector<std::string> lines;
  if (!test::run_python311(data + script, &lines)) GTEST_SKIP() << "python3.11 not available";
  size_t k = 0;
  for (const std::string& s : inputs) {
    for (const char* enc : {"utf-8", "ascii", "latin-1"}) {
      for (const char* h : kDecodeHandlers) {
        ASSERT_LT(k, lines.size());
        std::string got = outcome(decode_bytes(s.data(), static_cast<ssize>(s.size()), enc, h));
        EXPECT_EQ(got, lines[k]) << hex(s) << " " << enc << " " << h;
        k++;
      }
    }
  }
}

TEST_F(BytesTest, EncodeAgainstPython) {
  std::mt19937 rng(seed_or(11));
  std::vector<std::u32string> inputs;
  for (int i = 0; i < 800; i++) {
    std::u32string s;
    int n = static_cast<int>(rng() % 6);
    for (int k = 0; k < n; k++) {
      unsigned r = rng() % 6;
      if (r == 0) s.push_back(0x20 + rng() % 0x5F);
      else if (r == 1) s.push_back(0x80 + rng() % 0x80);
      else if (r == 2) s.push_back(0xD800 + rng() % 0x800);  // surrogates, DC80..DCFF among them
      else if (r == 3) s.push_back(0xDC80 + rng() % 0x80);
      else if (r == 4) s.push_back(0x100 + rng() % 0x3000);
      else s.push_back(0x10000 + rng() % 0x1000);
    }
    inputs.push_back(s);
  }
  std::string data = "DATA = [";
  for (const std::u32string& s : inputs) {
    data += "[";
    for (char32_t c : s) data += std::to_string(c) + ",";
    data += "],";
  }
  data += "]\n";
  std::string script =
      "H = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', "
      "'surrogateescape', 'surrogatepass']\n"
      "for cps in DATA:\n"
      "    text = ''.join(map(chr, cps))\n"
      "    for enc in ('utf-8', 'ascii', 'latin-1'):\n"
      "        for h in H:\n"
      "            try:\n"
      "                print(ascii(text.encode(enc, h)))\n"
      "            except UnicodeError as e:\n"
      "                print('E', e.start, e.end, e.reason)\n"
      "            except Exception as e:\n"
      "                print(type(e).__name__)\n";
  std::vector<std::string> lines;
  if (!test::run_python311(data + script, &lines)) GTEST_SKIP() << "python3.11 not available";
  size_t k = 0;
  for (const std::u32string& cps : inputs) {
    uint32_t max = 0;
    for (char32_t c : cps) max = std::max<uint32_t>(max, c);
    Object* s = str_new(static_cast<ssize>(cps.size()), max);
    for (size_t i = 0; i < cps.size(); i++) {
      switch (str_kind(s)) {
        case 1: static_cast<uint8_t*>(str_data(s))[i] = static_cast<uint8_t>(cps[i]); break;
        case 2: static_cast<uint16_t*>(str_data(s))[i] = static_cast<uint16_t>(cps[i]); break;
        default: static_cast<uint32_t*>(str_data(s))[i] = cps[i]; break;
      }
    }
    for (const char* enc : {"utf-8", "ascii", "latin-1"}) {
      for (const char* h : kEncodeHandlers) {
        ASSERT_LT(k, lines.size());
        EXPECT_EQ(outcome(encode_str(s, enc, h)), lines[k]) << enc << " " << h << " item " << k;
        k++;
      }
    }
    decref(s);
  }
}

TEST_F(BytesTest, IntBytesAgainstPython) {
  std::mt19937_64 rng(seed_or(3));
  std::vector<std::string> raws;
  for (int i = 0; i < 400; i++) {
    std::string s;
    int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; k++) s.push_back(static_cast<char>(rng() % 4 == 0 ? 0xFF : rng() % 256));
    raws.push_back(s);
  }
  std::string data = "DATA = [";
  for (const std::string& s : raws) data += "'" + hex(s) + "',";
  data += "]\n";
  std::string script =
      "for h in DATA:\n"
      "    b = bytes.fromhex(h)\n"
      "    for order in ('big', 'little'):\n"
      "        for signed in (False, True):\n"
      "            v = int.from_bytes(b, order, signed=signed)\n"
      "            print(v)\n"
      "            for size in (len(b), len(b) + 1, max(len(b) - 1, 0)):\n"
      "                try:\n"
      "                    print(v.to_bytes(size, order, signed=signed).hex())\n"
      "                except OverflowError as e:\n"
      "                    print('E', e)\n";
  std::vector<std::string> lines;
  if (!test::run_python311(data + script, &lines)) GTEST_SKIP() << "python3.11 not available";
  size_t k = 0;
  for (const std::string& s : raws) {
    for (bool little : {false, true}) {
      for (bool is_signed : {false, true}) {
        Object* v = int_from_byte_data(reinterpret_cast<const unsigned char*>(s.data()), s.size(), little, is_signed);
        ASSERT_NE(v, nullptr);
        Object* text = object_repr(v);
        ASSERT_LT(k, lines.size());
        EXPECT_EQ(str_utf8(text), lines[k++]) << hex(s);
        decref(text);
        ssize n = static_cast<ssize>(s.size());
        for (ssize size : {n, n + 1, n > 0 ? n - 1 : 0}) {
          Object* r = int_to_bytes(v, size, little, is_signed);
          std::string got;
          if (r) {
            got = hex(bytes_view(r));
            decref(r);
          } else {
            Object* e = fetch_error();
            Object* m = object_str(e);
            got = "E " + std::string(str_utf8(m));
            decref(m);
            decref(e);
          }
          ASSERT_LT(k, lines.size());
          EXPECT_EQ(got, lines[k++]) << hex(s) << " size " << size;
        }
        decref(v);
      }
    }
  }
}
