# memguide — build, test, and install the tool.
#
#   make            build ./memguide
#   make test       every test, plain and under ASan+UBSan; ends "N passed, N failed"
#   make site       build the teaching site into site/
#   make deps       install the Debian packages the build and tests need
#   make install    install memguide, its templates/ and lua/ under PREFIX
#   make golden     re-record tests/pysim expectations from a real python3.12
#   make bench      run the benchmarks (bench-site: memguide build against hugo)

CC      ?= cc
PYTHON  ?= python3.12
PKGS    := libmd4c-dev libmd4c-html0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
           liblua5.4-dev pkg-config libxml2-utils chromium
PREFIX  ?= /usr/local
CSTD    := -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
OPT     ?= -O2 -g
# The site layer's libraries (Debian's .pc names; libcmark-gfm.pc brings
# the extensions library too).  Asked of pkg-config at first use, so that
# on a fresh machine `make deps` has installed them by then.
SITE_PC := libcmark-gfm md4c md4c-html lua5.4
PC_CFLAGS = $(eval PC_CFLAGS := $(shell pkg-config --cflags $(SITE_PC) 2>/dev/null))$(PC_CFLAGS)
PC_LIBS   = $(eval PC_LIBS := $(shell pkg-config --libs $(SITE_PC) 2>/dev/null))$(PC_LIBS)
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Isrc $(PC_CFLAGS) $(CFLAGS)
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LIBS     = $(PC_LIBS) -lm -lpthread

LIB_SRC  := $(sort $(wildcard src/base/*.c src/pysim/*.c src/render/*.c src/site/*.c))
MAIN_SRC := src/main.c
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

REL_OBJ  := $(LIB_SRC:%.c=build/rel/%.o)
SAN_OBJ  := $(LIB_SRC:%.c=build/san/%.o)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=build/san/unit/%)

.PHONY: all deps test test-plain test-san site golden bench bench-site clean install

all: memguide

memguide: $(REL_OBJ) build/rel/src/main.o
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/memguide-san: $(SAN_OBJ) build/san/src/main.o
	$(CC) $(CFLAGS_ALL) $(SAN) -o $@ $^ $(LIBS)

build/rel/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

build/san/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(SAN) -MMD -MP -c -o $@ $<

build/san/unit/%: tests/unit/%.c tests/unit/check.h $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(SAN) -Itests/unit -o $@ $< $(SAN_OBJ) $(LIBS)

# Installs what the build and the tests need, and nothing when it is all
# there: the Debian packages, node and npm (any node will do: a machine may
# have one from elsewhere), and the browser test's npm packages.
deps:
	@missing=""; for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	command -v node > /dev/null 2>&1 || missing="$$missing nodejs"; \
	command -v npm > /dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "make deps: installing$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  echo "make deps: npm ci (playwright-core, axe-core for the browser test)"; \
	  npm ci --no-audit --no-fund --loglevel=error; \
	fi

# deps first, then the build: the compile flags come from pkg-config, which
# needs the packages deps installs (also under make -j).
test: deps
	@$(MAKE) --no-print-directory memguide build/memguide-san $(UNIT_BIN)
	@sh tests/run.sh ./memguide build/memguide-san $(UNIT_BIN)

# The teaching site: check every lesson in content/ and write site/.
site: deps
	@$(MAKE) --no-print-directory memguide
	./memguide build

install: memguide
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/memguide/templates/assets \
	  $(DESTDIR)$(PREFIX)/share/memguide/lua
	install -m 755 memguide $(DESTDIR)$(PREFIX)/bin/memguide
	install -m 644 templates/*.html $(DESTDIR)$(PREFIX)/share/memguide/templates/
	install -m 644 templates/assets/* $(DESTDIR)$(PREFIX)/share/memguide/templates/assets/
	install -m 644 lua/*.lua $(DESTDIR)$(PREFIX)/share/memguide/lua/

golden: memguide
	@sh tests/record.sh $(PYTHON)

bench: memguide
	@sh bench/run.sh $(PYTHON)

# memguide build against hugo on the same markdown (installs hugo if missing)
bench-site: memguide
	@dpkg-query -W -f='$${Status}' hugo 2>/dev/null | grep -q 'ok installed' || { \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq hugo; }
	@sh bench/site/run.sh ./memguide

clean:
	rm -rf build memguide site

-include $(REL_OBJ:.o=.d) $(SAN_OBJ:.o=.d) build/rel/src/main.d build/san/src/main.d
