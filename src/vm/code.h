// Code objects: the compiled form of a module, class body or function. The
// layout is ours (DESIGN D2 leaves it free): a register-machine instruction
// stream (opcodes.def) with its constants, names and position table.
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace dx {

using CodeUnit = uint16_t;

enum class Opcode : CodeUnit {
#define OPCODE(Name, operands, cache, semantics) Name,
#include "vm/opcodes.def"
  kCount
};

// A register operand meaning "no register" (a Yield whose value is unused).
constexpr CodeUnit kNoRegister = 0xffff;
// UnpackSequence's count operand: this bit set, the source register (a
// temporary) is emptied after the unpacking.
constexpr int kUnpackTakesSource = 0x8000;

// The number of units an instruction takes, operands and cache included
// (a J operand takes two units). Constant-folded where the opcode is known.
constexpr int operand_units(const char* operands) {
  int n = 0;
  for (; *operands; operands++) n += *operands == 'J' ? 2 : 1;
  return n;
}
inline constexpr uint8_t kInstructionLengths[] = {
#define OPCODE(Name, operands, cache, semantics) static_cast<uint8_t>(1 + operand_units(operands) + (cache)),
#include "vm/opcodes.def"
};
constexpr int instruction_length(Opcode op) { return kInstructionLengths[static_cast<int>(op)]; }
const char* opcode_name(Opcode op);

// Code flags (co_flags), CPython's values.
constexpr int kCoOptimized = 0x1;
constexpr int kCoNewLocals = 0x2;
constexpr int kCoVarargs = 0x4;
constexpr int kCoVarkeywords = 0x8;
constexpr int kCoNested = 0x10;
constexpr int kCoGenerator = 0x20;
constexpr int kCoCoroutine = 0x80;
constexpr int kCoIterableCoroutine = 0x100;
constexpr int kCoAsyncGenerator = 0x200;
// The future features' bits (CO_FUTURE_*): compile() accepts them in its
// flags, and exec/eval/compile inherit those of the calling code.
constexpr int kCoFutureBarryAsBdfl = 0x400000;
constexpr int kCoFutureAnnotations = 0x1000000;
// All of them (division 0x20000 to annotations; PyCF_MASK).
constexpr int kCoFutureMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
// dx-py's own: consts[0] is the function's docstring.
constexpr int kCoHasDocstring = 0x40000000;

// Where the instructions starting at `offset` came from (for tracebacks).
struct PositionEntry {
  uint32_t offset;
  int lineno, col_offset, end_lineno, end_col_offset;
};

// An exception raised between start and end (unit offsets) jumps to handler
// with the exception in register `reg`.
struct ExceptionEntry {
  uint32_t start, end, handler;
  uint16_t reg;
};

struct CodeObject : Object {
  CodeUnit* code;
  uint32_t code_size;       // in units
  int argcount, posonlyargcount, kwonlyargcount;
  int flags;
  int nlocals;              // locals, parameters first
  int ncells, nfrees;       // registers after the locals hold cells
  int nregs;                // all registers of a frame
  int firstlineno;
  Object* consts;           // tuple
  Object* names;            // tuple of str: globals and attributes used
  Object* varnames;         // tuple of str: the locals, then cell names, then free names
  Object* cellvars;         // tuple of str: co_cellvars (the cells' names, parameters included)
  Object* filename;         // str
  Object* name;             // str
  Object* qualname;         // str
  PositionEntry* positions;
  uint32_t npositions;
  ExceptionEntry* exceptions;
  uint32_t nexceptions;
};

extern TypeObject CodeType;

// Whether local register i (a parameter) holds a cell: a parameter that a
// nested function captures keeps its slot, which then holds its cell.
bool code_local_is_cell(const CodeObject* code, int i);

// Finds the source position of the instruction at `offset`.
const PositionEntry* code_position(const CodeObject* code, uint32_t offset);

void init_code_type();

}  // namespace dx
