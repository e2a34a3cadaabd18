// The dxpy command line against python3.11's observed behaviour.
#include <gtest/gtest.h>

#include "cli/options.h"

using dx::cli::Options;
using dx::cli::ParseOutcome;
using dx::cli::RunKind;

namespace {

ParseOutcome parse(std::vector<std::string> args, Options& options, bool tty = false) {
  args.insert(args.begin(), "dxpy");
  return dx::cli::parse_command_line(args, tty, options);
}

std::string usage_error(const std::string& problem) {
  return problem +
         "\nusage: dxpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
         "Try `python -h' for more information.\n";
}

}  // namespace

TEST(CliOptions, ScriptAndArguments) {
  Options o;
  ParseOutcome r = parse({"-u", "prog.py", "-c", "x"}, o);
  EXPECT_FALSE(r.exit_now);
  EXPECT_EQ(o.kind, RunKind::File);
  EXPECT_EQ(o.file, "prog.py");
  EXPECT_TRUE(o.unbuffered);
  EXPECT_EQ(o.argv, (std::vector<std::string>{"prog.py", "-c", "x"}));
}

TEST(CliOptions, CommandAttachedOrSeparate) {
  Options a, b;
  parse({"-cpass", "x"}, a);
  parse({"-Ec", "pass", "-Z"}, b);
  EXPECT_EQ(a.kind, RunKind::Command);
  EXPECT_EQ(a.command, "pass");
  EXPECT_EQ(a.argv, (std::vector<std::string>{"-c", "x"}));
  EXPECT_EQ(b.command, "pass");
  EXPECT_TRUE(b.ignore_environment);
  EXPECT_EQ(b.argv, (std::vector<std::string>{"-c", "-Z"}));
}

TEST(CliOptions, Module) {
  Options o;
  parse({"-m", "json.tool", "-h"}, o);
  EXPECT_EQ(o.kind, RunKind::Module);
  EXPECT_EQ(o.module, "json.tool");
  EXPECT_EQ(o.argv, (std::vector<std::string>{"-m", "-h"}));
}

TEST(CliOptions, StdinAndRepl) {
  Options a, b, c;
  parse({"-", "a"}, a);
  EXPECT_EQ(a.kind, RunKind::Stdin);
  EXPECT_EQ(a.argv, (std::vector<std::string>{"-", "a"}));
  parse({"-q"}, b, /*tty=*/false);
  EXPECT_EQ(b.kind, RunKind::Stdin);
  EXPECT_EQ(b.argv, (std::vector<std::string>{""}));
  parse({}, c, /*tty=*/true);
  EXPECT_EQ(c.kind, RunKind::Repl);
}

TEST(CliOptions, DoubleDashEndsOptions) {
  Options o;
  parse({"--", "-c"}, o);
  EXPECT_EQ(o.kind, RunKind::File);
  EXPECT_EQ(o.file, "-c");
}

TEST(CliOptions, Flags) {
  Options o;
  parse({"-bbBdiOOqsSvvx", "-I", "-P", "-Wd", "-W", "error", "-Xdev", "-X", "utf8", "f.py"}, o);
  EXPECT_EQ(o.bytes_warning, 2);
  EXPECT_TRUE(o.dont_write_bytecode);
  EXPECT_TRUE(o.inspect);
  EXPECT_EQ(o.optimize, 2);
  EXPECT_TRUE(o.quiet && o.no_user_site && o.no_site && o.skip_first_line && o.isolated && o.safe_path);
  EXPECT_TRUE(o.ignore_environment);
  EXPECT_EQ(o.verbose, 2);
  EXPECT_EQ(o.warn_options, (std::vector<std::string>{"d", "error"}));
  EXPECT_EQ(o.x_options, (std::vector<std::string>{"dev", "utf8"}));
}

TEST(CliOptions, UnknownOptions) {
  Options o;
  ParseOutcome r = parse({"-Z"}, o);
  EXPECT_TRUE(r.exit_now);
  EXPECT_EQ(r.exit_status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, usage_error("Unknown option: -Z"));
  EXPECT_EQ(parse({"--foo"}, o).err, usage_error("unknown option --foo"));
  EXPECT_EQ(parse({"--help=x"}, o).err, usage_error("unknown option --help=x"));
  EXPECT_EQ(parse({"-bZ"}, o).err, usage_error("Unknown option: -Z"));
  EXPECT_EQ(parse({"-V", "-Z"}, o).err, usage_error("Unknown option: -Z"));
  EXPECT_EQ(parse({"-J"}, o).err, usage_error("-J is reserved for Jython"));
}

TEST(CliOptions, MissingArguments) {
  for (const char* opt : {"-c", "-m", "-W", "-X"}) {
    Options o;
    ParseOutcome r = parse({opt}, o);
    EXPECT_EQ(r.exit_status, 2);
    EXPECT_EQ(r.err, usage_error(std::string("Argument expected for the ") + opt + " option"));
  }
  Options o;
  EXPECT_EQ(parse({"--check-hash-based-pycs"}, o).err,
            usage_error("Argument expected for the --check-hash-based-pycs options"));
  EXPECT_EQ(parse({"--check-hash-based-pycs", "x"}, o).err,
            usage_error("--check-hash-based-pycs must be one of 'default', 'always', or 'never'"));
  EXPECT_FALSE(parse({"--check-hash-based-pycs", "never", "-c", "pass"}, o).exit_now);
}

TEST(CliOptions, Version) {
  Options a, b, c, d;
  ParseOutcome r = parse({"-V"}, a);
  EXPECT_TRUE(r.exit_now);
  EXPECT_EQ(r.exit_status, 0);
  EXPECT_EQ(r.out, "Python 3.11.2\n");
  EXPECT_EQ(parse({"--version"}, b).out, "Python 3.11.2\n");
  EXPECT_EQ(parse({"-Vc", "pass"}, d).out, "Python 3.11.2\n");
  std::string long_form = parse({"-VV"}, c).out;
  EXPECT_EQ(long_form.rfind("Python 3.11.2 (dx-py ", 0), 0u);
}

TEST(CliOptions, HelpWinsWhenSeenFirst) {
  Options o;
  ParseOutcome r = parse({"-hZ"}, o);
  EXPECT_EQ(r.exit_status, 0);
  EXPECT_EQ(r.out.rfind("usage: dxpy [option] ...", 0), 0u);
  EXPECT_EQ(parse({"-V", "-?"}, o).out, r.out);
  EXPECT_EQ(parse({"--help"}, o).out, r.out);
  EXPECT_EQ(parse({"-Zh"}, o).exit_status, 2);
  for (size_t start = 0, end; (end = r.out.find('\n', start)) != std::string::npos; start = end + 1) {
    EXPECT_LT(end - start, 80u) << r.out.substr(start, end - start);
  }
}

TEST(CliOptions, DumpAst) {
  Options a, b;
  parse({"--dump-ast", "f.py"}, a);
  EXPECT_EQ(a.kind, RunKind::DumpAst);
  EXPECT_EQ(a.file, "f.py");
  EXPECT_FALSE(a.dump_positions);
  parse({"--dump-ast-positions", "g.py"}, b);
  EXPECT_TRUE(b.dump_positions);
  EXPECT_EQ(parse({"--dump-ast"}, a).exit_status, 2);
}
