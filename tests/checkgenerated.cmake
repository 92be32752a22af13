# The files `service-registry generate` writes for the example registry pass the formats'
# own validators (tests/validators/validate.js: the Compose schema, the Kubernetes OpenAPI
# schemas, HashiCorp's HCL parser), promtool for the alert rules and, where the binary is
# present, `terraform fmt -check`. scripts/install-dependencies.sh installs them.
if(NOT EXISTS "${TOOLS}/node_modules")
    message(FATAL_ERROR "validators not found in ${TOOLS}: run scripts/install-dependencies.sh")
endif()
find_program(NODE NAMES node nodejs REQUIRED)
set(out "${WORK_DIR}/generated")
file(REMOVE_RECURSE "${out}")
foreach(target "" "production")
    set(args generate --registry ${EXAMPLE} --format all --out ${out} --repo-url https://git.example.com/platform/deploy.git)
    if(target)
        list(APPEND args --project shop --target ${target})
    endif()
    execute_process(COMMAND ${CLI} ${args} RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    if(NOT exit EQUAL 0)
        message(FATAL_ERROR "generate failed (${exit}):\n${stdout}${stderr}")
    endif()
endforeach()
# What `import` made of real systems' files generates valid files too (docs/import.md).
set(imported "${WORK_DIR}/imported-registry")
file(REMOVE_RECURSE "${imported}")
foreach(step "init;${imported}"
             "import;kubernetes;${FIXTURES}/shop-kubernetes;-r;${imported};-p;shop"
             "import;compose;${FIXTURES}/shop-compose/compose.yaml;-r;${imported};-p;vote"
             "generate;-r;${imported};--format;all;--target;all;--out;${out}/imported;--repo-url;https://git.example.com/platform/deploy.git")
    execute_process(COMMAND ${CLI} ${step} RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    if(NOT exit EQUAL 0)
        message(FATAL_ERROR "${step} failed (${exit}):\n${stdout}${stderr}")
    endif()
endforeach()

set(ENV{NODE_PATH} "${TOOLS}/node_modules")
execute_process(COMMAND ${NODE} ${VALIDATE} ${out} RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
message(STATUS "${stdout}")
if(NOT exit EQUAL 0)
    message(FATAL_ERROR "generated files rejected:\n${stderr}")
endif()

# GLOB_RECURSE matches the file name in every folder below ${out} (a "*" folder in the middle
# of the pattern would not recurse).
file(GLOB_RECURSE rules "${out}/rules.yaml")
set(rule_tests 0)
foreach(file ${rules})
    execute_process(COMMAND promtool check rules ${file} RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    if(NOT exit EQUAL 0)
        message(FATAL_ERROR "promtool rejects ${file}:\n${stdout}${stderr}")
    endif()
    # The generated unit tests of the rules: promtool evaluates them on their input series.
    get_filename_component(folder ${file} DIRECTORY)
    if(EXISTS "${folder}/rules.test.yaml")
        execute_process(COMMAND promtool test rules rules.test.yaml WORKING_DIRECTORY ${folder}
                        RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
        if(NOT exit EQUAL 0)
            message(FATAL_ERROR "promtool test rules fails in ${folder}:\n${stdout}${stderr}")
        endif()
        math(EXPR rule_tests "${rule_tests} + 1")
    endif()
endforeach()
list(LENGTH rules rule_files)
if(rule_files LESS 5 OR NOT rule_tests EQUAL rule_files)
    message(FATAL_ERROR "expected a rules file and its unit tests for every project and target: "
                        "${rule_files} rules files, ${rule_tests} unit tests")
endif()
message(STATUS "promtool: ${rule_files} rules files checked, their ${rule_tests} unit tests pass")

find_program(TERRAFORM terraform)
if(TERRAFORM)
    file(GLOB_RECURSE tf "${out}/*.tf")
    foreach(file ${tf})
        execute_process(COMMAND ${TERRAFORM} fmt -check -diff ${file} RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
        if(NOT exit EQUAL 0)
            message(FATAL_ERROR "terraform fmt would change ${file}:\n${stdout}${stderr}")
        endif()
    endforeach()
else()
    message(STATUS "terraform is not installed: terraform fmt -check not run (HCL parsed by hcl2json above)")
endif()
