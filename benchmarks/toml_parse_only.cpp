// toml_parse_only DIR: parses every .toml file under DIR with toml++, one after the other,
// and exits — the yardstick bench_process compares `service-registry validate` with, as
// a separate process (docs/performance.md).

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: toml_parse_only DIR\n");
        return 2;
    }
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
            const toml::table table = toml::parse(std::string_view(text), std::string_view(path.native()));
            tables += table.size();
        } catch (const toml::parse_error &error) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), std::string(error.description()).c_str());
            return 1;
        }
    }
    std::printf("%zu files, %zu top-level keys\n", files.size(), tables);
    return 0;
}
