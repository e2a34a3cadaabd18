// The texts of -h, --help-env, --help-xoptions and -V: python3.11's layout,
// describing the options dxpy accepts.
#include "cli/options.h"
#include "cli/version.h"

namespace dx::cli {

std::string help_text(const std::string& program_name) {
  std::string text = "usage: " + program_name + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
  text += R"(Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write bytecode cache files on import;
         also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted; no effect in dx-py);
         also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements;
         also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         accepted for compatibility (dx-py keeps its own bytecode cache)
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
--dump-ast file : print ast.dump() of the file's syntax tree and exit (dx-py)
--dump-ast-positions file :
         the same with include_attributes=True (dx-py)
--dump-symtable file : print the file's symbol tables and exit (dx-py)
--dis file : print the file's compiled instructions and exit (dx-py)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
)";
  return text;
}

std::string help_env_text() {
  return R"(Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONSAFEPATH: don't prepend a potentially unsafe path to sys.path.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.
DXPY_STDLIB  : the directory of the CPython 3.11 standard library that dx-py
               uses (default: )" DXPY_DEFAULT_STDLIB R"().
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write bytecode cache files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
)";
}

std::string help_xoptions_text() {
  return R"(The following implementation-specific options are available:

-X dev: enable the development mode (extra run-time checks)

-X utf8: enable UTF-8 mode for operating system interfaces; -X utf8=0
    disables it

-X importtime: show how long each import takes

-X int_max_str_digits=number: limit the size of int<->str conversions;
    0 disables the limit

Other -X options are accepted and ignored.
)";
}

std::string version_text(int level) {
  std::string text = "Python ";
  text += kPythonVersion;
  if (level > 1) {
    text += " (dx-py ";
    text += kDxpyVersion;
    text += ") [";
    text += kCompilerDescription;
    text += "]";
  }
  text += "\n";
  return text;
}

}  // namespace dx::cli
