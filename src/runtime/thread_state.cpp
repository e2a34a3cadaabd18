#include "runtime/thread_state.h"

namespace dx {

namespace {
// The one thread_local of the runtime: which ThreadState this OS thread runs.
thread_local ThreadState* tls_current = nullptr;
}  // namespace

ThreadState* current_thread() { return tls_current; }

ThreadStateScope::ThreadStateScope(ThreadState* ts) : saved_(tls_current) { tls_current = ts; }
ThreadStateScope::~ThreadStateScope() { tls_current = saved_; }

}  // namespace dx
