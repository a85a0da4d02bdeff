#pragma once
namespace acme {
unsigned fnv1a(const char *s);
}
