// repr() of the literal values the AST dumper prints, exactly as CPython 3.11.
#pragma once
#include <string>
#include <string_view>

namespace dx {

// repr(str): `utf8` may hold lone surrogates encoded as 3 bytes.
void append_str_repr(std::string& out, std::string_view utf8);
// repr(bytes)
void append_bytes_repr(std::string& out, std::string_view bytes);
// repr(float): the shortest string that round-trips, CPython's layout
// ('1e+16', '0.0001', '1e-05', 'inf', 'nan').
void append_float_repr(std::string& out, double value);
// repr(complex(0, imag)) for an imaginary literal ('1j', '1.5e+20j', 'infj').
void append_imag_repr(std::string& out, double imag);

}  // namespace dx
