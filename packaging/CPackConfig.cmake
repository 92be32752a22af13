# Packages: a Debian package and a tarball (cpack -G DEB / -G TGZ).
set(CPACK_PACKAGE_NAME "service-registry")
set(CPACK_PACKAGE_VENDOR "Service Registry")
set(CPACK_PACKAGE_CONTACT "Service Registry maintainers <maintainers@service-registry.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Opened at run time, so shlibdeps cannot see them: the SVG icon format and the platform
# plug-ins, and libgit2 (opened on first use, core/vcs/libgit2_p.h).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libgit2-1.5")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_FILE_NAME "service-registry-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")

install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.serviceregistry.Console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.serviceregistry.Console.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/service-registry.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME org.serviceregistry.Console.svg)
include(CPack)
