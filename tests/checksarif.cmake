# Every SARIF log the CLI writes passes Microsoft's SARIF Multitool `validate` (the
# SARIF 2.1.0 schema and its rules) without an error: validate and security-check on the
# example registry. scripts/install-dependencies.sh installs the tool (npm).
if(NOT EXISTS "${MULTITOOL}")
    message(FATAL_ERROR "SARIF Multitool not found at ${MULTITOOL}: run scripts/install-dependencies.sh")
endif()
# Fails the test unless SARIF Multitool accepts the log without an error.
function(validate_sarif log name)
    execute_process(COMMAND ${MULTITOOL} validate ${log} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
    if(result OR out MATCHES ": error " OR err MATCHES ": error ")
        message(FATAL_ERROR "SARIF Multitool rejects ${name}:\n${out}${err}")
    endif()
endfunction()

foreach(command "validate" "security-check;--today;2026-11-28" "policy;check;--today;2026-11-28")
    string(REPLACE ";" "-" name "${command}")
    set(log "${WORK_DIR}/${name}.sarif")
    execute_process(COMMAND ${CLI} ${command} --registry ${EXAMPLE} --format sarif --output ${log} RESULT_VARIABLE exit)
    if(NOT exit MATCHES "^[01]$")
        message(FATAL_ERROR "${CLI} ${command} failed with ${exit}")
    endif()
    validate_sarif("${log}" "${name}")
    message(STATUS "${name}: valid SARIF")
endforeach()

# The change review's SARIF: the example against a copy with breaking changes.
set(changed "${WORK_DIR}/changed-registry")
file(REMOVE_RECURSE "${changed}")
file(COPY "${EXAMPLE}/" DESTINATION "${changed}")
file(READ "${changed}/services/catalog.toml" text)
string(REPLACE "version = \"2.4.1\"" "version = \"3.0.0\"" text "${text}")
string(REPLACE "{ name = \"https\", port = 8443 }," "" text "${text}")
file(WRITE "${changed}/services/catalog.toml" "${text}")
set(log "${WORK_DIR}/diff.sarif")
execute_process(COMMAND ${CLI} diff --registry ${changed} --base ${EXAMPLE} --head ${changed} --format sarif --output ${log}
                RESULT_VARIABLE exit)
if(NOT exit EQUAL 1)
    message(FATAL_ERROR "${CLI} diff found no breaking change (exit ${exit})")
endif()
validate_sarif("${log}" "diff")
file(READ "${log}" sarif)
if(NOT sarif MATCHES "\"ruleId\": \"port-removed\"")
    message(FATAL_ERROR "diff's SARIF lacks the port-removed result:\n${sarif}")
endif()
message(STATUS "diff: valid SARIF")

# The approver's review of the same change, with a new policy finding (a latest tag).
string(REPLACE "image = \"registry.corp.example/platform/api-gateway:2.4.1\"" "image = \"registry.corp.example/platform/api-gateway:latest\""
       text "${text}")
file(WRITE "${changed}/services/catalog.toml" "${text}")
set(log "${WORK_DIR}/review.sarif")
execute_process(COMMAND ${CLI} review --registry ${changed} --base ${EXAMPLE} --head ${changed} --db sqlite:${WORK_DIR}/review-store.sqlite
                        --format sarif --output ${log} RESULT_VARIABLE exit)
if(NOT exit EQUAL 1)
    message(FATAL_ERROR "${CLI} review is not blocked (exit ${exit})")
endif()
validate_sarif("${log}" "review")
file(READ "${log}" sarif)
if(NOT sarif MATCHES "\"ruleId\": \"port-removed\"" OR NOT sarif MATCHES "\"ruleId\": \"images.forbid_latest_tag\"")
    message(FATAL_ERROR "review's SARIF lacks the port-removed change or the new latest-tag finding:\n${sarif}")
endif()
message(STATUS "review: valid SARIF")
