// portable
// scratch
// args: pear apple fig
// env: GREETING=hello
/* C++ over this libc: Debian's prebuilt libc++ (built for wasi-libc)
   linked against our libc.a, compared with g++ and libstdc++. Streams,
   strings, containers, number conversions, locales, files and clocks all
   land on the C library underneath (stdio, strtod, ctype, malloc,
   clock_gettime). */
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iomanip>
#include <iostream>
#include <locale>
#include <map>
#include <memory>
#include <numeric>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "test.h"

int main(int argc, char **argv)
{
	std::vector<std::string> words(argv + 1, argv + argc);
	std::sort(words.begin(), words.end());
	for (const auto &w : words)
		std::cout << w << ' ';
	std::cout << '\n';

	std::cout << 42 << ' ' << -7 << ' ' << std::hex << 255 << std::dec << ' '
		  << std::setw(6) << std::setfill('*') << 12 << ' '
		  << std::fixed << std::setprecision(3) << 3.14159 << ' '
		  << std::scientific << 6.02e23 << ' ' << std::defaultfloat << 0.1 << '\n';

	std::istringstream in("17 2.5 word 0x1f");
	int i = 0;
	double d = 0;
	std::string s;
	in >> i >> d >> s;
	CHECK(i == 17 && d == 2.5 && s == "word");
	in >> std::hex >> i;
	CHECK(i == 31);

	CHECK(std::stoi("-123") == -123);
	CHECK(std::stod("1e-3") == 1e-3);
	CHECK(std::stoul("ff", nullptr, 16) == 255);
	CHECK(std::to_string(1234567) == "1234567");
	std::cout << std::to_string(2.5) << ' ' << std::stold("0.25") << '\n';

	std::map<std::string, int> count;
	std::unordered_map<int, std::string> names;
	for (int k = 0; k < 100; k++) {
		count[std::to_string(k % 7)]++;
		names[k] = std::string(k % 5 + 1, char('a' + k % 26));
	}
	for (const auto &kv : count)
		std::cout << kv.first << '=' << kv.second << ' ';
	std::cout << names.size() << ' ' << names[27] << '\n';

	std::vector<int> v(1000);
	std::iota(v.begin(), v.end(), 1);
	CHECK(std::accumulate(v.begin(), v.end(), 0L) == 500500);
	auto sq = std::make_unique<std::vector<long>>();
	std::function<long(int)> square = [](int x) { return long(x) * x; };
	for (int k = 0; k < 10; k++)
		sq->push_back(square(k));
	CHECK(sq->back() == 81);

	std::string up = "Mixed Case 123";
	const std::ctype<char> &ct = std::use_facet<std::ctype<char>>(std::locale::classic());
	ct.toupper(&up[0], &up[0] + up.size());
	std::cout << up << ' ' << std::isalpha('x', std::locale::classic()) << '\n';
	std::string_view sv = "key=value";
	CHECK(sv.substr(sv.find('=') + 1) == "value");

	/* Debian's libc++ for wasm32 is built without <fstream>: files go
	   through <cstdio>. */
	std::FILE *f = std::fopen("notes.txt", "w");
	CHECK(f && std::fputs("line one\n99\n", f) >= 0 && std::fclose(f) == 0);
	f = std::fopen("notes.txt", "r");
	char first[32] = "";
	int num = 0;
	CHECK(f && std::fgets(first, sizeof first, f) && std::fscanf(f, "%d", &num) == 1);
	CHECK(std::string(first) == "line one\n" && num == 99);
	if (f)
		std::fclose(f);
	CHECK(!std::fopen("missing.txt", "r"));

	const char *g = std::getenv("GREETING");
	CHECK(g && std::string(g) == "hello");
	auto t0 = std::chrono::steady_clock::now();
	auto t1 = std::chrono::steady_clock::now();
	CHECK(t1 >= t0);
	CHECK(std::chrono::system_clock::now().time_since_epoch().count() > 0);

	std::printf("%s %5.2f\n", "printf too", 2.0 / 3);
	std::fflush(stdout);
	return test_done();
}
