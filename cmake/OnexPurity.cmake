# OnexPurity.cmake - run the onex-purity whole-program check as build steps.
#
#   include(OnexPurity)          # after adding this directory to CMAKE_MODULE_PATH
#   onex_purity_check(<target>... [NAME <name>] [ALL]
#                     [FORMAT text|sarif|json|github|codeclimate] [OUTPUT <file>]
#                     [BASELINE <sarif>] [LINK_ARGS <arg>...])
#
# Every C/C++ source of the targets gets its own `onex-purity extract` build
# step (output <build>/onex-purity/<name>/<n>.onexsum, with a depfile), so
# the build tool runs them in parallel, re-runs only those whose inputs
# changed, and a remote-execution build can distribute and cache them. One
# `onex-purity link` step at the end reports on the whole program and fails
# the build if a reducer is impure. The custom target is <name> (default:
# onex-purity-<first target>); with ALL it is part of the default build.
#
#   onex_purity_programs()
#
# Asks CMake for its file API codemodel, so that `onex-purity -p <build>`
# links each unit only with the units of its own programs (see
# docs/onex-purity.md, "Several programs in one build tree"). With CMake
# 3.27 or later the reply is written by the same configure; before, by the
# next one.
#
# Including the module turns CMAKE_EXPORT_COMPILE_COMMANDS on (extraction
# reads compile_commands.json). The binary is ONEX_PURITY_EXECUTABLE if set,
# else the onex-purity target of the same build, else the one next to this
# module or on PATH; if none is found, configuring fails and says which
# variable to set. With FORMAT sarif and OUTPUT, the SARIF log goes to the
# file and the findings still print as text on the console.

include_guard(GLOBAL)
set(_ONEX_PURITY_MODULE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# Extraction reads each source's compile command from
# compile_commands.json: ask CMake to write it.
set(CMAKE_EXPORT_COMPILE_COMMANDS ON CACHE BOOL
  "Write compile_commands.json (onex-purity reads it)" FORCE)

# Sets ONEX_PURITY_EXECUTABLE: as given, the onex-purity target of this
# build, the binary next to this module (an installed or built tree), or
# the one on PATH; otherwise a configure error that names the variable.
function(_onex_purity_find_executable)
  if(ONEX_PURITY_EXECUTABLE)
    return()
  endif()
  if(TARGET onex-purity)
    set(ONEX_PURITY_EXECUTABLE $<TARGET_FILE:onex-purity> PARENT_SCOPE)
    return()
  endif()
  find_program(ONEX_PURITY_EXECUTABLE onex-purity
    HINTS "${_ONEX_PURITY_MODULE_DIR}/../build/bin"
          "${_ONEX_PURITY_MODULE_DIR}/../../../bin")
  if(NOT ONEX_PURITY_EXECUTABLE)
    message(FATAL_ERROR "onex_purity_check: onex-purity not found in this "
      "build, next to OnexPurity.cmake or on PATH; set ONEX_PURITY_EXECUTABLE "
      "(cmake -DONEX_PURITY_EXECUTABLE=/path/to/onex-purity)")
  endif()
endfunction()

# The extraction steps of one target, created once however many checks
# include the target; OUT is set to their summaries.
function(_onex_purity_extract target out)
  get_property(done GLOBAL PROPERTY ONEX_PURITY_SUMMARIES_${target} SET)
  if(done)
    get_property(summaries GLOBAL PROPERTY ONEX_PURITY_SUMMARIES_${target})
    set(${out} ${summaries} PARENT_SCOPE)
    return()
  endif()
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(summaries "")
  set(index 0)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(c|cc|cpp|cxx|c\\+\\+|C)$")
      continue() # Headers and generator expressions are not units.
    endif()
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir}
      NORMALIZE OUTPUT_VARIABLE path)
    cmake_path(GET path FILENAME file)
    set(summary ${CMAKE_BINARY_DIR}/onex-purity/${target}/${index}-${file}.onexsum)
    math(EXPR index "${index} + 1")
    add_custom_command(
      OUTPUT ${summary}
      COMMAND ${ONEX_PURITY_EXECUTABLE} extract -p ${CMAKE_BINARY_DIR}
              ${path} -o ${summary} --depfile ${summary}.d
      DEPFILE ${summary}.d
      DEPENDS ${path}
      COMMENT "onex-purity: summarising ${file}"
      VERBATIM)
    list(APPEND summaries ${summary})
  endforeach()
  set_property(GLOBAL PROPERTY ONEX_PURITY_SUMMARIES_${target} ${summaries})
  set(${out} ${summaries} PARENT_SCOPE)
endfunction()

function(onex_purity_check)
  cmake_parse_arguments(PARSE_ARGV 0 ONEX "ALL"
    "NAME;FORMAT;OUTPUT;BASELINE" "LINK_ARGS")
  set(targets ${ONEX_UNPARSED_ARGUMENTS})
  if(NOT targets)
    message(FATAL_ERROR "onex_purity_check: name at least one target")
  endif()
  _onex_purity_find_executable()
  list(GET targets 0 first)
  if(NOT ONEX_NAME)
    set(ONEX_NAME onex-purity-${first})
  endif()

  set(summaries "")
  foreach(target IN LISTS targets)
    if(NOT TARGET ${target})
      message(FATAL_ERROR "onex_purity_check: '${target}' is not a target")
    endif()
    _onex_purity_extract(${target} target_summaries)
    list(APPEND summaries ${target_summaries})
  endforeach()
  list(LENGTH summaries count)

  set(link_args ${ONEX_LINK_ARGS})
  # SARIF goes to the file; the console still shows the findings as text.
  if(ONEX_FORMAT STREQUAL "sarif" AND ONEX_OUTPUT)
    list(APPEND link_args --sarif-output=${ONEX_OUTPUT})
  else()
    if(ONEX_FORMAT)
      list(APPEND link_args --format=${ONEX_FORMAT})
    endif()
    if(ONEX_OUTPUT)
      list(APPEND link_args -o ${ONEX_OUTPUT})
    endif()
  endif()
  if(ONEX_BASELINE)
    list(APPEND link_args --baseline=${ONEX_BASELINE})
  endif()
  set(all "")
  if(ONEX_ALL)
    set(all ALL)
  endif()
  add_custom_target(${ONEX_NAME} ${all}
    COMMAND ${ONEX_PURITY_EXECUTABLE} link ${link_args} ${summaries}
    DEPENDS ${summaries}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "onex-purity: linking ${count} unit summaries"
    VERBATIM)
endfunction()

function(onex_purity_programs)
  if(COMMAND cmake_file_api)
    cmake_file_api(QUERY API_VERSION 1 CODEMODEL 2)
    return()
  endif()
  set(query "${CMAKE_BINARY_DIR}/.cmake/api/v1/query/codemodel-v2")
  if(NOT EXISTS "${query}")
    file(WRITE "${query}" "")
    message(STATUS "onex-purity: asked CMake for its codemodel; the reply is "
      "written from the next configure on")
  endif()
endfunction()
