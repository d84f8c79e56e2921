#!/bin/sh
# gen.sh N DIR — writes a guide of N lessons into DIR for the benchmark:
# each lesson has prose, a heading, three python examples (one with an
# output fence, one with "# Output:" comments, one with a loop and a
# function call) and a pycon session; every expectation is what
# python3.12 prints for it.
set -eu
n=$1
dir=$2
mkdir -p "$dir/content"
{
    echo 'return {'
    echo '  title = "Generated guide",'
    echo '  description = "A guide generated for the benchmark.",'
    echo '  lessons = {'
    i=1
    while [ $i -le "$n" ]; do
        printf '    "lesson-%04d",\n' $i
        i=$((i + 1))
    done
    echo '  },'
    echo '}'
} > "$dir/content/guide.lua"
i=1
while [ $i -le "$n" ]; do
    k=$((i % 50 + 2))
    cat > "$dir/content/$(printf 'lesson-%04d' $i).md" <<LESSON
# Lesson $i: lists, names and numbers

Lesson $i shows that assignment binds a name to an object, and that a
list changed through one name is changed for every name bound to it.

## Aliasing

\`\`\`python
items = list(range($k))
alias = items
alias.append($i)
print(len(items), items[-1])
\`\`\`

\`\`\`output
$((k + 1)) $i
\`\`\`

## Rebinding

\`\`\`python
x = $i
y = x
x = x + 1
print(x)  # Output: $((i + 1))
print(y)  # Output: $i
\`\`\`

## A function

\`\`\`python
def total(values):
    s = 0
    for v in values:
        s += v
    return s
print(total([$i, $k, 3]))
\`\`\`

\`\`\`output
$((i + k + 3))
\`\`\`

\`\`\`pycon
>>> t = ($i, [$k])
>>> t[1].append(0)
>>> t
($i, [$k, 0])
\`\`\`
LESSON
    i=$((i + 1))
done
