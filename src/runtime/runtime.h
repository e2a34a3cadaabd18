// Process-wide start-up: the static (immortal) types every interpreter shares.
#pragma once

namespace dx {

// Readies the static types once per process; safe to call repeatedly.
void runtime_init();

}  // namespace dx
