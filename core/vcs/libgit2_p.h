#pragma once

// libgit2 is opened on first use rather than linked: its dependencies (TLS, SSH, Kerberos)
// cost about 9 ms at every process start, and only reading a git revision needs them
// (docs/performance.md). The headers still give every function its exact type.

#include <QString>

#include <git2.h>

namespace sr::detail {

#define SR_LIBGIT2_FUNCTIONS(X)                                                                                                  \
    X(git_libgit2_init)                                                                                                          \
    X(git_libgit2_shutdown)                                                                                                      \
    X(git_error_last)                                                                                                            \
    X(git_repository_open_ext)                                                                                                   \
    X(git_repository_workdir)                                                                                                    \
    X(git_repository_free)                                                                                                       \
    X(git_revparse_single)                                                                                                       \
    X(git_object_peel)                                                                                                           \
    X(git_object_id)                                                                                                             \
    X(git_object_free)                                                                                                           \
    X(git_oid_tostr)                                                                                                             \
    X(git_commit_tree)                                                                                                           \
    X(git_tree_lookup)                                                                                                           \
    X(git_tree_free)                                                                                                             \
    X(git_tree_entrycount)                                                                                                       \
    X(git_tree_entry_byindex)                                                                                                    \
    X(git_tree_entry_bypath)                                                                                                     \
    X(git_tree_entry_free)                                                                                                       \
    X(git_tree_entry_filemode)                                                                                                   \
    X(git_tree_entry_id)                                                                                                         \
    X(git_tree_entry_name)                                                                                                       \
    X(git_tree_entry_type)                                                                                                       \
    X(git_blob_lookup)                                                                                                           \
    X(git_blob_free)                                                                                                             \
    X(git_blob_rawcontent)                                                                                                       \
    X(git_blob_rawsize)                                                                                                          \
    X(git_reference_iterator_new)                                                                                                \
    X(git_reference_next)                                                                                                        \
    X(git_reference_iterator_free)                                                                                               \
    X(git_reference_free)                                                                                                        \
    X(git_reference_shorthand)                                                                                                   \
    X(git_reference_is_branch)                                                                                                   \
    X(git_reference_is_remote)                                                                                                   \
    X(git_reference_is_tag)                                                                                                      \
    X(git_reference_peel)                                                                                                        \
    X(git_revwalk_new)                                                                                                           \
    X(git_revwalk_push_head)                                                                                                     \
    X(git_revwalk_sorting)                                                                                                       \
    X(git_revwalk_next)                                                                                                          \
    X(git_revwalk_free)                                                                                                          \
    X(git_commit_lookup)                                                                                                         \
    X(git_commit_summary)                                                                                                        \
    X(git_commit_time)                                                                                                           \
    X(git_commit_free)

/// The libgit2 functions the product calls, resolved from the shared library.
struct LibGit2
{
#define SR_LIBGIT2_MEMBER(name) decltype(&::name) name = nullptr;
    SR_LIBGIT2_FUNCTIONS(SR_LIBGIT2_MEMBER)
#undef SR_LIBGIT2_MEMBER
};

/// Opens libgit2 once (thread-safe) and returns its functions, or null with `error` saying
/// what is missing and which package provides it.
const LibGit2 *libgit2(QString *error);

} // namespace sr::detail
