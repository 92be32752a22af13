# Every SARIF log the CLI writes passes Microsoft's SARIF Multitool `validate` (the
# SARIF 2.1.0 schema and its rules) without an error: validate and security-check on the
# example registry. scripts/install-dependencies.sh installs the tool (npm).
if(NOT EXISTS "${MULTITOOL}")
    message(FATAL_ERROR "SARIF Multitool not found at ${MULTITOOL}: run scripts/install-dependencies.sh")
endif()
foreach(command "validate" "security-check;--today;2026-11-28" "policy;check;--today;2026-11-28")
    string(REPLACE ";" "-" name "${command}")
    set(log "${WORK_DIR}/${name}.sarif")
    execute_process(COMMAND ${CLI} ${command} --registry ${EXAMPLE} --format sarif --output ${log} RESULT_VARIABLE exit)
    if(NOT exit MATCHES "^[01]$")
        message(FATAL_ERROR "${CLI} ${command} failed with ${exit}")
    endif()
    execute_process(COMMAND ${MULTITOOL} validate ${log} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
    if(result OR out MATCHES ": error " OR err MATCHES ": error ")
        message(FATAL_ERROR "SARIF Multitool rejects ${name}:\n${out}${err}")
    endif()
    message(STATUS "${name}: valid SARIF")
endforeach()
