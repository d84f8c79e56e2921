# memguide — build, test, and install the tool.
#
#   make            build ./memguide
#   make test       every test, plain and under ASan+UBSan; ends "N passed, N failed"
#   make site       build the teaching site into site/
#   make deps       install the Debian packages the build and tests need
#   make golden     re-record tests/pysim expectations from a real python3.12
#   make bench      run the benchmarks

CC      ?= cc
PYTHON  ?= python3.12
PKGS    := libmd4c-dev libmd4c-html0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
           liblua5.4-dev pkg-config libxml2-utils
CSTD    := -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Isrc $(CFLAGS)
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LIBS    := -lm -lpthread

LIB_SRC  := $(sort $(wildcard src/base/*.c src/pysim/*.c src/render/*.c src/site/*.c))
MAIN_SRC := src/main.c
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

REL_OBJ  := $(LIB_SRC:%.c=build/rel/%.o)
SAN_OBJ  := $(LIB_SRC:%.c=build/san/%.o)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=build/san/unit/%)

.PHONY: all deps test test-plain test-san site golden bench clean install

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

# Installs what the build and the tests need, and nothing when it is all there.
deps:
	@missing=""; for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "make deps: installing$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

test: deps memguide build/memguide-san $(UNIT_BIN)
	@sh tests/run.sh ./memguide build/memguide-san $(UNIT_BIN)

# The site generator (memguide build) is not written yet: say so and fail
# rather than pretend.
site: deps memguide
	@echo "make site: built ./memguide, but the site generator ('memguide build') does not exist yet." >&2
	@echo "make site: for now memguide runs Python programs: ./memguide run FILE.py" >&2
	@exit 1

golden: memguide
	@sh tests/record.sh $(PYTHON)

bench: memguide
	@sh bench/run.sh $(PYTHON)

clean:
	rm -rf build memguide site

-include $(REL_OBJ:.o=.d) $(SAN_OBJ:.o=.d) build/rel/src/main.d build/san/src/main.d
