// Every NOLINT form clang-tidy knows, on operations of one reducer. The
// test runs this file through clang-tidy (which applies NOLINT itself) and
// through onex-purity (which applies the waivers the engine records) and
// requires the same findings.
#include <cstdio>
#include <cstdlib>
#include <ctime>

#define LOG(msg) std::puts(msg)
#define LOG_WAIVED(msg) std::puts(msg) // NOLINT(onex-purity-io)

class NodeWaiverReducer {
public:
  long execute();
};

long NodeWaiverReducer::execute() {
  std::puts("plain");                    // reported
  std::puts("this line");                // NOLINT
  std::puts("listed");                   // NOLINT(onex-purity-io)
  std::puts("glob");                     // NOLINT(onex-purity-*)
  std::puts("spaces");                   // NOLINT( bugprone-x , onex-purity-io )
  std::puts("other check");              // NOLINT(onex-purity-syscall)
  std::puts("negative glob ignored");    // NOLINT(-onex-purity-io)
  std::puts("empty list");               // NOLINT()
  std::puts("unclosed list");            // NOLINT(onex-purity-io
  std::puts("not a directive");          // NOLINTED
  // NOLINTNEXTLINE(onex-purity-io): audited
  std::puts("next line");
  // NOLINTNEXTLINE(onex-purity-io)

  std::puts("two lines below");          // reported
  long t = std::time(nullptr);           // NOLINT(onex-purity-io): wrong check
  // NOLINTBEGIN(onex-purity-io)
  std::puts("in a block");
  // NOLINTBEGIN(onex-purity-nondeterminism)
  t += std::rand();
  std::puts("in both blocks");
  // NOLINTEND(onex-purity-nondeterminism)
  t += std::rand();                      // reported: its block has ended
  // NOLINTEND(onex-purity-io)
  std::puts("after the block");          // reported
  // NOLINTBEGIN(onex-purity-io)
  std::puts("mismatched end does not close");
  // NOLINTEND(onex-purity-syscall)
  std::puts("still inside");
  // NOLINTEND(onex-purity-io)
  LOG("macro");                          // NOLINT(onex-purity-io)
  LOG("macro reported");
  LOG_WAIVED("waived at the macro's definition");
  return t;
}
