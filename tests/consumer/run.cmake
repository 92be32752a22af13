# Installs the project into a scratch prefix, builds the consumer against it, runs it.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix
                RESULT_VARIABLE result OUTPUT_QUIET)
if(result)
    message(FATAL_ERROR "install failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G Ninja
                        -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix -DCMAKE_BUILD_TYPE=Release
                        "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}"
                RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "configuring the consumer failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/build RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "building the consumer failed")
endif()
execute_process(COMMAND ${WORK_DIR}/build/consumer ${EXAMPLE} RESULT_VARIABLE result OUTPUT_VARIABLE output)
message(STATUS "consumer: ${output}")
if(result OR NOT output STREQUAL "3 projects, 20 services, 0 errors\n")
    message(FATAL_ERROR "the consumer printed '${output}'")
endif()
# Only the store's users load Qt Sql.
execute_process(COMMAND ldd ${WORK_DIR}/build/consumer OUTPUT_VARIABLE libraries)
if(libraries MATCHES "libQt6Sql" OR libraries MATCHES "serviceregistry-store")
    message(FATAL_ERROR "a program that only validates links the store:\n${libraries}")
endif()
execute_process(COMMAND ${WORK_DIR}/build/store_consumer ${WORK_DIR}/store.sqlite RESULT_VARIABLE result OUTPUT_VARIABLE output)
message(STATUS "store_consumer: ${output}")
if(result OR NOT output STREQUAL "0 deployments\n")
    message(FATAL_ERROR "the store consumer printed '${output}'")
endif()
