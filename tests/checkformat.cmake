# Fails when any C++ file differs from what clang-format would write.
file(GLOB_RECURSE files ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
     ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
     ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/translations/*.h
     ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/benchmarks/*.cpp)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files} RESULT_VARIABLE result ERROR_VARIABLE errors)
if(result)
    message(FATAL_ERROR "clang-format differences (run scripts/format.sh):\n${errors}")
endif()
