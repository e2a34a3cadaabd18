// Struct sequences (CPython's structseq): tuple subclasses whose items also
// have names, such as sys.version_info and sys.float_info.
#pragma once
#include "runtime/object.h"

namespace dx {

// Sets up static type `t` named `name` ("sys.version_info") with the
// `n` field names (null-terminated list) as read-only attributes. Call
// before type_ready(t), then struct_seq_finish(t).
void struct_seq_init_type(TypeObject* t, const char* name, const char* const* fields, const char* doc);
// Adds n_sequence_fields, n_fields, n_unnamed_fields to the readied type.
int struct_seq_finish(TypeObject* t);
// A new instance holding `items` (n of them, references stolen; a null
// item makes the call fail after dropping the others).
Object* struct_seq_new(TypeObject* t, Object* const* items, ssize n);

}  // namespace dx
