// `format % values` for str (printf-style formatting): the object side of
// support/percent_format's walker, which parses the format and asks for the
// arguments here. Conversions follow CPython 3.11: %d %i %u take any number
// (int(x)), %o %x %X only integers (__index__), %e %f %g floats (float(x)),
// %c an int or a one-character str, %s %r %a str(), repr(), ascii().
#include <string>

#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "support/bigint.h"
#include "support/percent_format.h"

namespace dx {

namespace {

TextStatus pending() { return TextStatus::error(ExcKind::kPending, std::string()); }

// PyNumber_Check: something int(), float() or operator.index() can take.
bool is_number(Object* o) {
  NumberMethods* nb = type_of(o)->tp_as_number;
  return is_int(o) || is_instance_of_type(o, &FloatType) ||
         (nb && (nb->nb_index || nb->nb_int || nb->nb_float));
}

// int(x) for a number (PyNumber_Long without the str and bytes forms).
Object* number_to_int(Object* v) {
  NumberMethods* nb = type_of(v)->tp_as_number;
  Object* r = nullptr;
  if (nb && nb->nb_int) r = nb->nb_int(v);
  else if (nb && nb->nb_index) r = nb->nb_index(v);
  else return raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    type_of(v)->tp_name);
  if (r && !is_int(r)) {
    raise(&exc::TypeError, "__int__ returned non-int (type %.200s)", type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  return r;
}

bool int_as_double(Object* i, double* out) {
  auto* io = static_cast<IntObject*>(i);
  bigint::Status st = bigint::to_double({io->ob_digit, io->ob_size}, out);
  if (st != bigint::Status::kOk) {
    raise(&exc::OverflowError, "%s", bigint::status_message(st));
    return false;
  }
  return true;
}

// PyFloat_AsDouble.
bool number_as_double(Object* v, double* out) {
  if (is_instance_of_type(v, &FloatType)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) return int_as_double(v, out);
  NumberMethods* nb = type_of(v)->tp_as_number;
  if (nb && nb->nb_float) {
    Object* f = nb->nb_float(v);
    if (!f) return false;
    if (!is_instance_of_type(f, &FloatType)) {
      raise(&exc::TypeError, "%.50s.__float__ returned non-float (type %.50s)", type_of(v)->tp_name,
            type_of(f)->tp_name);
      decref(f);
      return false;
    }
    *out = float_value(f);
    decref(f);
    return true;
  }
  if (nb && nb->nb_index) {
    Object* i = number_index(v);
    if (!i) return false;
    bool ok = int_as_double(i, out);
    decref(i);
    return ok;
  }
  raise(&exc::TypeError, "must be real number, not %.50s", type_of(v)->tp_name);
  return false;
}

// The decimal text of an int (with '-').
// %d %o %x of an int beyond 64 bits (consumes `i`): other bases than 10
// come straight from the int, without the decimal digits limit.
TextStatus format_big_int(const PercentSpec& spec, Object* i, std::string& out) {
  int base = percent_int_base(spec.type);
  Object* text = int_text_in_base(i, base);
  decref(i);
  if (!text) return pending();
  std::string_view t = str_utf8(text);
  TextStatus st = base == 10 ? percent_format_int_decimal(spec, t, out)
                             : percent_format_int_digits(spec, t[0] == '-', t.substr(t[0] == '-' ? 1 : 0), out);
  decref(text);
  return st;
}

TextStatus int_text(Object* i, std::string* out) {
  Object* r = IntType.tp_repr(i);
  if (!r) return pending();
  out->assign(str_utf8(r));
  decref(r);
  return TextStatus::success();
}

class ObjectArgs final : public PercentArgs {
 public:
  explicit ObjectArgs(Object* values) : values_(values) {}
  ~ObjectArgs() { xdecref(keyed_); }

  TextStatus select_key(std::string_view key) override {
    Object* k = str_from_utf8(key);
    if (!k) return pending();
    Object* v = object_getitem(values_, k);
    decref(k);
    if (!v) return pending();
    xdecref(keyed_);
    keyed_ = v;
    current_ = v;
    return TextStatus::success();
  }

  void select_index(int64_t index) override {
    current_ = is_tuple(values_) ? tuple_item(values_, index) : values_;
  }

  TextStatus current_star(bool precision, int64_t* value) override {
    if (!is_int(current_)) return TextStatus::type_error("* wants int");
    auto v = int_to_int64(current_);
    if (precision) {
      if (!v || *v > INT32_MAX || *v < INT32_MIN)
        return TextStatus::overflow_error("Python int too large to convert to C int");
    } else if (!v) {
      return TextStatus::overflow_error("Python int too large to convert to C ssize_t");
    }
    *value = *v;
    return TextStatus::success();
  }

  TextStatus format_current(const PercentSpec& spec, std::string& out) override {
    Object* v = current_;
    switch (spec.type) {
      case 's':
      case 'r':
      case 'a': {
        Object* t = spec.type == 's' ? object_str(v) : spec.type == 'r' ? object_repr(v) : object_ascii(v);
        if (!t) return pending();
        TextStatus st;
        if (str_is_ascii(t)) {
          st = percent_format_text(spec, {static_cast<const char*>(str_data(t)), static_cast<size_t>(str_length(t))},
                                   out);
        } else {
          std::string text;
          str_append_utf8_lossless(t, text);
          st = percent_format_text(spec, text, out);
        }
        decref(t);
        return st;
      }
      case 'c': return format_char(spec, v, out);
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': return format_integer(spec, v, out);
      default: return format_real(spec, v, out);
    }
  }

 private:
  TextStatus format_char(const PercentSpec& spec, Object* v, std::string& out) {
    if (is_str(v)) {
      if (str_length(v) != 1) return TextStatus::type_error("%c requires int or char");
      return percent_format_char(spec, str_char_at(v, 0), out);
    }
    if (!is_int(v)) return TextStatus::type_error("%c requires int or char");
    std::string text;
    DX_TRY_TEXT(int_text(v, &text));
    char32_t c;
    DX_TRY_TEXT(percent_char_from_int(text, &c));
    return percent_format_char(spec, c, out);
  }

  TextStatus format_integer(const PercentSpec& spec, Object* v, std::string& out) {
    bool index_only = spec.type == 'o' || spec.type == 'x' || spec.type == 'X';
    Object* i = nullptr;
    if (is_int(v)) {
      i = newref(v);
    } else if (is_number(v)) {
      i = index_only ? number_index(v) : number_to_int(v);
      if (!i) {
        if (!error_matches(&exc::TypeError)) return pending();
        clear_error();
      }
    }
    if (!i) {
      std::string msg = "%";
      msg.push_back(spec.type);
      msg += index_only ? " format: an integer is required, not " : " format: a real number is required, not ";
      msg += type_of(v)->tp_name;
      return TextStatus::type_error(std::move(msg));
    }
    if (auto small = int_to_int64(i)) {
      decref(i);
      return percent_format_int(spec, *small, out);
    }
    return format_big_int(spec, i, out);
  }

  TextStatus format_real(const PercentSpec& spec, Object* v, std::string& out) {
    double d;
    if (!number_as_double(v, &d)) return pending();
    return percent_format_float(spec, d, out);
  }

  Object* values_;
  Object* current_ = nullptr;
  Object* keyed_ = nullptr;  // the value of the last %(key), owned
};

}  // namespace

// str % values (the nb_remainder slot of str; NotImplemented when the left
// operand is not a str, as for 1 % 'a').
Object* str_mod(Object* a, Object* b) {
  if (!is_str(a)) return newref(not_implemented());
  std::string copy;
  std::string_view fmt;
  if (str_is_ascii(a)) {
    fmt = {static_cast<const char*>(str_data(a)), static_cast<size_t>(str_length(a))};
  } else {
    str_append_utf8_lossless(a, copy);
    fmt = copy;
  }
  TypeObject* t = type_of(b);
  bool tuple = is_tuple(b);
  bool mapping = !tuple && !is_str(b) && t->tp_as_mapping && t->tp_as_mapping->mp_subscript;
  ObjectArgs args(b);
  std::string out;
  TextStatus st = percent_format(fmt, tuple ? tuple_size(b) : 1, mapping, args, out);
  if (!st.ok()) return raise_text_status(st);
  return str_from_utf8(out);
}

}  // namespace dx
