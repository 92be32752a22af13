// toml_parse_only DIR [--keep]: parses every .toml file under DIR with toml++, one after the
// other, and exits — the yardstick bench_process compares `service-registry validate` with, as
// a separate process (docs/performance.md). --keep holds every parsed table until the end, as a
// program that uses what it parsed must (a second yardstick for large registries).

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

int main(int argc, char *argv[])
{
    const bool keep = argc == 3 && std::string_view(argv[2]) == "--keep";
    if (argc != 2 && !keep) {
        std::fprintf(stderr, "usage: toml_parse_only DIR [--keep]\n");
        return 2;
    }
    std::vector<toml::table> kept;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(argv[1])) {
        if (entry.is_regular_file() && entry.path().extension() == ".toml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    size_t tables = 0;
    for (const auto &path : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        try {
            toml::table table = toml::parse(std::string_view(text), std::string_view(path.native()));
            tables += table.size();
            if (keep)
                kept.push_back(std::move(table));
        } catch (const toml::parse_error &error) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), std::string(error.description()).c_str());
            return 1;
        }
    }
    std::printf("%zu files, %zu top-level keys\n", files.size(), tables);
    std::fflush(stdout);
    std::_Exit(0); // the kept tables are the system's to take back, as the CLI's snapshot is
}
