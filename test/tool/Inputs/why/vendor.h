// A vendor library's header: system code, bodies elsewhere, no rule names
// its functions.
#pragma once
#pragma clang system_header
int vendor_checksum(int value);
