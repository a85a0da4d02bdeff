# lit configuration for onex-purity. Tests are C++ files (or .test scripts)
# with RUN lines; FileCheck checks exact messages, locations and notes.
import os
import shutil

import lit.formats

config.name = "onex-purity"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "schemas", "unit"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.onex_binary_root, "test")

# FileCheck, not, split-file and clang come from LLVM 22's bin directory.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])

# Tests run below this repository's .git and .clang-tidy; the gate's default
# --source-root (the project root) must not find them. It honours git's
# GIT_CEILING_DIRECTORIES, so no search leaves the test outputs.
config.environment["GIT_CEILING_DIRECTORIES"] = config.test_exec_root

inputs = os.path.join(config.test_source_root, "Inputs")
include = os.path.join(config.onex_source_root, "include")
flags = f"-std=c++20 -I{include} -isystem {os.path.join(inputs, 'system')}"

# %onex-tidy: clang-tidy-22 with the plugin, every onex check, no summary.
config.substitutions.append(
    ("%onex-tidy",
     f"clang-tidy -load={config.onex_plugin} --quiet --use-color=false "
     f"--checks=-*,onex-*"))
config.substitutions.append(("%onex-flags", flags))
config.substitutions.append(("%onex-plugin", config.onex_plugin))
config.substitutions.append(
    ("%clang-tidy-exe", os.path.join(config.llvm_tools_dir, "clang-tidy")))
config.substitutions.append(
    ("%run-clang-tidy", os.path.join(config.llvm_tools_dir, "run-clang-tidy")))
# %onex-purity: the standalone tool (no colour or progress line: lit's
# output is never a terminal).
config.substitutions.append(("%onex-purity-exe", config.onex_purity))
config.substitutions.append(("%onex-bindir", os.path.dirname(config.onex_purity)))
config.substitutions.append(("%onex-purity", config.onex_purity))
# Debian's interpreter: it has python3-jsonschema (PATH may hold another).
config.substitutions.append(("%python3", "/usr/bin/python3"))
config.substitutions.append(
    ("%sarif-schema",
     os.path.join(config.test_source_root, "schemas", "sarif-schema-2.1.0.json")))
config.substitutions.append(
    ("%make-cdb",
     f"/usr/bin/python3 {os.path.join(config.test_source_root, 'tool', 'Inputs', 'make-cdb.py')}"))
config.substitutions.append(("%onex-inputs", inputs))
config.substitutions.append(("%onex-include", include))
config.substitutions.append(("%onex-source-root", config.onex_source_root))
config.substitutions.append(("%onex-binary-root", config.onex_binary_root))
config.substitutions.append(("%clangxx", config.cxx_compiler))

if shutil.which("script"):
    config.available_features.add("script")

gxx = shutil.which("g++")
if gxx:
    config.available_features.add("gxx")
    config.substitutions.append(("%gxx", gxx))

# A private mount namespace (root, as CI runs): tests mount a tiny tmpfs to
# fill a disk for real.
import subprocess
try:
    if subprocess.run(["unshare", "-m", "true"], capture_output=True,
                      timeout=10).returncode == 0:
        config.available_features.add("private-mounts")
except (OSError, subprocess.SubprocessError):
    pass
