/* cli.h — the site commands of the command line (see cli.c).  Each takes
 * the arguments after the command's name and returns the exit status. */
#ifndef MEMGUIDE_SITE_CLI_H
#define MEMGUIDE_SITE_CLI_H

int site_cli_build(int argc, char **argv);
int site_cli_check(int argc, char **argv);
int site_cli_new(int argc, char **argv);

#endif
