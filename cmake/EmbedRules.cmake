# Writes OUTPUT: one "{name, R"(content)"}," initializer per rule pack, for
# checker/EmbeddedRules.cpp. Run as: cmake -DOUTPUT=.. -DPACKS="a;b" -P this.
set(ONEX_EMBED "")
foreach(PACK IN LISTS PACKS)
  file(READ "${PACK}" CONTENT)
  get_filename_component(NAME "${PACK}" NAME)
  string(FIND "${CONTENT}" ")onexrules\"" CLASH)
  if(NOT CLASH EQUAL -1)
    message(FATAL_ERROR "${PACK} contains the raw-string delimiter")
  endif()
  string(APPEND ONEX_EMBED
    "{\"<builtin>/${NAME}\", R\"onexrules(${CONTENT})onexrules\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${ONEX_EMBED}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
