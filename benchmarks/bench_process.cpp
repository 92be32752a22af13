// bench_process: end to end, as users run it — `service-registry validate --format json`
// on a registry, against a plain sequential toml++ parse of the same files in its own
// process (toml_parse_only). Process start, first-touch memory, writing the report and
// tearing down count on both sides. Runs alternate; prints medians, best and peak memory.
//
//   bench_process CLI PARSER DIR [--runs 15] [--keep]
//
// --keep: the parser holds every parsed table until it exits (toml_parse_only --keep), as a
// program that uses what it parsed must; the second yardstick of docs/performance.md.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double ms = 0;
    long peakKiB = 0;
    int status = -1;
};

Run run(std::vector<std::string> arguments)
{
    std::vector<char *> argv;
    for (auto &a : arguments)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    Run r;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::perror(argv[0]);
        std::exit(2);
    }
    rusage usage{};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    r.peakKiB = usage.ru_maxrss;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_process CLI PARSER DIR [--runs N] [--keep]\n");
        return 2;
    }
    const std::string cli = argv[1];
    const std::string parser = argv[2];
    const std::string dir = argv[3];
    int runs = 15;
    bool keep = false;
    for (int i = 4; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--keep") == 0)
            keep = true;
    }

    std::vector<double> validate;
    std::vector<double> parse;
    std::vector<double> ratios;
    long peak = 0;
    for (int i = 0; i <= runs; ++i) {
        const Run v = run({cli, "validate", "--format", "json", "-r", dir});
        const Run p = keep ? run({parser, dir, "--keep"}) : run({parser, dir});
        if (v.status > 1 || p.status != 0) {
            std::fprintf(stderr, "a run failed (validate %d, parse %d)\n", v.status, p.status);
            return 2;
        }
        if (i == 0)
            continue; // warm the page cache
        validate.push_back(v.ms);
        parse.push_back(p.ms);
        ratios.push_back(v.ms / p.ms);
        peak = std::max(peak, v.peakKiB);
    }
    std::printf("runs: %d\n", runs);
    std::printf("toml++ parse only, sequential, own process%s: median %.1f ms, best %.1f ms\n", keep ? ", tables kept" : "",
                median(parse), *std::min_element(parse.begin(), parse.end()));
    std::printf("service-registry validate --format json:   median %.1f ms, best %.1f ms\n", median(validate),
                *std::min_element(validate.begin(), validate.end()));
    std::printf("ratio (validate / parse): median %.2fx, best %.2fx\n", median(ratios),
                *std::min_element(ratios.begin(), ratios.end()));
    std::printf("validate peak memory: %ld MiB\n", peak / 1024);
    return 0;
}
