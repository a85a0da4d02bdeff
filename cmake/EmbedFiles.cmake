# Writes OUTPUT: one `{"<PREFIX>/<name>", R"onexembed(<content>)onexembed"},`
# initializer per file, for an array compiled into the binaries (rule packs,
# check documentation). Run as:
#   cmake -DOUTPUT=<file> -DFILES="a;b" -DPREFIX=<prefix> -P EmbedFiles.cmake
set(ONEX_EMBED "")
foreach(FILE IN LISTS FILES)
  file(READ "${FILE}" CONTENT)
  get_filename_component(NAME "${FILE}" NAME)
  string(FIND "${CONTENT}" ")onexembed\"" CLASH)
  if(NOT CLASH EQUAL -1)
    message(FATAL_ERROR "${FILE} contains the raw-string delimiter")
  endif()
  string(APPEND ONEX_EMBED
    "{\"${PREFIX}${NAME}\", R\"onexembed(${CONTENT})onexembed\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${ONEX_EMBED}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
