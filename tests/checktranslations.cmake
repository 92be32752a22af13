# Fails when a translation is unfinished or obsolete, or when the .ts files miss texts the
# sources use (or keep ones they no longer use): run `update_translations`, then translate
# in Qt Linguist. Moved texts (other locations) do not fail it.
#   -DLUPDATE=… -DPROJECT_IN=….cmake (the lupdate project qt_add_translations writes)
#   -DTS_FILES=a.ts;b.ts -DWORK_DIR=…
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(project_json ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json}
                        -P ${GENERATE_PROJECT} RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "cannot write the lupdate project")
endif()
set(problems "")
foreach(ts ${TS_FILES})
    get_filename_component(name ${ts} NAME)
    file(READ ${ts} committed)
    foreach(state unfinished vanished obsolete)
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?(<translatorcomment>[^<]*</translatorcomment>[^<]*)?<translation type=\"${state}\""
               found "${committed}")
        foreach(message ${found})
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${message}")
            string(APPEND problems "${name}: ${state}: ${source}\n")
        endforeach()
    endforeach()
    configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
    execute_process(COMMAND ${LUPDATE} -silent -project ${project_json} -no-obsolete -locations relative
                            -ts ${WORK_DIR}/${name} RESULT_VARIABLE result OUTPUT_QUIET)
    file(READ ${WORK_DIR}/${name} refreshed)
    # Locations are for translators and move with every edit of a source; the texts are what
    # must match.
    string(REGEX REPLACE "[ ]*<location[^>]*/>\n" "" refreshed "${refreshed}")
    string(REGEX REPLACE "[ ]*<location[^>]*/>\n" "" committed "${committed}")
    if(result OR NOT refreshed STREQUAL committed)
        string(APPEND problems "${name}: differs from what lupdate makes of the sources (new, moved or removed texts)\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "translations are not complete; run `cmake --build build/release -t update_translations`, "
                        "then translate in Qt Linguist (translations/):\n${problems}")
endif()
