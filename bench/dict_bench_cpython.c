/* The workloads of dict_bench.cpp on CPython 3.11's own dict, through its
 * public C API, as an extension module that bench/dict_bench.py compiles and
 * loads into python3.11: run(filter) -> [(name, ns per op), ...]. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <time.h>

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);  // CPU time: steadier on a shared machine
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static volatile uintptr_t sink;

typedef struct {
  PyObject *d, *one, *two;
  PyObject **keys, **equal_keys, **absent;
  Py_ssize_t n;
} Ctx;

typedef void (*Body)(Ctx *, long rounds);

static double best_ns(Ctx *c, long ops_per_round, Body body) {
  long rounds = 1;
  for (;;) {
    double t0 = now_ns();
    body(c, rounds);
    double t = now_ns() - t0;
    if (t > 5e7 || rounds > (1L << 40)) break;
    rounds *= t < 5e6 ? 10 : 2;
  }
  double best = 1e300;
  for (int run = 0; run < 5; run++) {
    double t0 = now_ns();
    body(c, rounds);
    double t = (now_ns() - t0) / (double)(rounds * ops_per_round);
    if (t < best) best = t;
  }
  return best;
}

static PyObject **make_keys(Py_ssize_t n, const char *prefix) {
  PyObject **keys = PyMem_Malloc(sizeof(PyObject *) * (size_t)n);
  for (Py_ssize_t i = 0; i < n; i++) {
    keys[i] = PyUnicode_FromFormat("%s%zd", prefix, i);
    PyObject_Hash(keys[i]);
  }
  return keys;
}

static void free_keys(PyObject **keys, Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++) Py_DECREF(keys[i]);
  PyMem_Free(keys);
}

static PyObject *make_dict(PyObject **keys, Py_ssize_t n, PyObject *value) {
  PyObject *d = PyDict_New();
  for (Py_ssize_t i = 0; i < n; i++) PyDict_SetItem(d, keys[i], value);
  return d;
}

static void get_hit(Ctx *c, long rounds) {
  uintptr_t acc = 0;
  for (long r = 0; r < rounds; r++)
    for (Py_ssize_t i = 0; i < c->n; i++) acc += (uintptr_t)PyDict_GetItemWithError(c->d, c->keys[i]);
  sink = acc;
}
static void get_hit_equal(Ctx *c, long rounds) {
  uintptr_t acc = 0;
  for (long r = 0; r < rounds; r++)
    for (Py_ssize_t i = 0; i < c->n; i++) acc += (uintptr_t)PyDict_GetItemWithError(c->d, c->equal_keys[i]);
  sink = acc;
}
static void get_miss(Ctx *c, long rounds) {
  uintptr_t acc = 0;
  for (long r = 0; r < rounds; r++)
    for (Py_ssize_t i = 0; i < c->n; i++) acc += (uintptr_t)PyDict_GetItemWithError(c->d, c->absent[i]);
  sink = acc;
}
static void set_replace(Ctx *c, long rounds) {
  for (long r = 0; r < rounds; r++) {
    PyObject *v = r & 1 ? c->one : c->two;
    for (Py_ssize_t i = 0; i < c->n; i++) PyDict_SetItem(c->d, c->keys[i], v);
  }
}
static void del_insert(Ctx *c, long rounds) {
  for (long r = 0; r < rounds; r++)
    for (Py_ssize_t i = 0; i < c->n; i++) {
      PyDict_DelItem(c->d, c->keys[i]);
      PyDict_SetItem(c->d, c->keys[i], c->one);
    }
}
static void build(Ctx *c, long rounds) {
  for (long r = 0; r < rounds; r++) {
    PyObject *t = PyDict_New();
    for (Py_ssize_t i = 0; i < c->n; i++) PyDict_SetItem(t, c->keys[i], c->one);
    Py_DECREF(t);
  }
}
static void iterate(Ctx *c, long rounds) {
  uintptr_t acc = 0;
  for (long r = 0; r < rounds; r++) {
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(c->d, &pos, &k, &v)) acc += (uintptr_t)v;
  }
  sink = acc;
}
static void copy(Ctx *c, long rounds) {
  for (long r = 0; r < rounds; r++) Py_DECREF(PyDict_Copy(c->d));
}

static int add(PyObject *out, const char *name, double ns) {
  PyObject *item = Py_BuildValue("(sd)", name, ns);
  int r = PyList_Append(out, item);
  Py_DECREF(item);
  return r;
}

static PyObject *run(PyObject *self, PyObject *arg) {
  const char *only = arg == Py_None ? NULL : PyUnicode_AsUTF8(arg);
#define WANTED(name) (!only || strstr(name, only))
  PyObject *out = PyList_New(0);
  Ctx c = {0};
  c.one = PyLong_FromLong(1);
  c.two = PyLong_FromLong(2);
  Py_ssize_t sizes[] = {8, 1000, 100000};
  for (int s = 0; s < 3; s++) {
    char name[64];
    c.n = sizes[s];
    c.keys = make_keys(c.n, "key");
    c.d = make_dict(c.keys, c.n, c.one);
    snprintf(name, sizeof name, "get_hit_%zd", c.n);
    if (WANTED(name)) add(out, name, best_ns(&c, c.n, get_hit));
    Py_DECREF(c.d);
    free_keys(c.keys, c.n);
  }
  c.n = 1000;
  c.keys = make_keys(c.n, "key");
  c.equal_keys = make_keys(c.n, "key");
  c.absent = make_keys(c.n, "absent");
  c.d = make_dict(c.keys, c.n, c.one);
  if (WANTED("get_hit_equal_1000")) add(out, "get_hit_equal_1000", best_ns(&c, c.n, get_hit_equal));
  if (WANTED("get_miss_1000")) add(out, "get_miss_1000", best_ns(&c, c.n, get_miss));
  if (WANTED("set_replace_1000")) add(out, "set_replace_1000", best_ns(&c, c.n, set_replace));
  if (WANTED("del_insert_1000")) add(out, "del_insert_1000", best_ns(&c, c.n, del_insert));
  if (WANTED("build_1000")) add(out, "build_1000", best_ns(&c, c.n, build));
  if (WANTED("build_8")) {
    c.n = 8;
    add(out, "build_8", best_ns(&c, 8, build));
    c.n = 1000;
  }
  if (WANTED("iterate_1000")) add(out, "iterate_1000", best_ns(&c, c.n, iterate));
  if (WANTED("copy_1000")) add(out, "copy_1000", best_ns(&c, c.n, copy));
  Py_DECREF(c.d);
  free_keys(c.keys, c.n);
  free_keys(c.equal_keys, c.n);
  free_keys(c.absent, c.n);
  Py_DECREF(c.one);
  Py_DECREF(c.two);
  return out;
}

static PyMethodDef methods[] = {{"run", run, METH_O, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_dict_bench", NULL, -1, methods};
PyMODINIT_FUNC PyInit__dict_bench(void) { return PyModule_Create(&module); }
