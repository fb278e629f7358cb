# pcmt_embed(OUT file...): writes OUT, a C++ file that defines pcmt::resources(),
# mapping each file's path relative to the source tree to its bytes.
# The generator runs at build time, so an edited .sql/.csv/.json rebuilds the binary.
function(pcmt_embed out)
  # A CMake list's ';' would split the shell command: pass the files '|'-separated.
  string(REPLACE ";" "|" files "${ARGN}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${CMAKE_SOURCE_DIR} "-DFILES=${files}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    VERBATIM
    COMMENT "Embedding ${out}")
endfunction()
