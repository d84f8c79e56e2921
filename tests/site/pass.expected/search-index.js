memguideSearchIndex([
{"p":"Basics: scripts and outputs","u":"a-basics.html","h":"","t":"Plain prose with bold, strikethrough, an autolink https://example.com and a task list:\ndone\nnot done"},
{"p":"Basics: scripts and outputs","u":"a-basics.html#a-script-with-an-output-fence","h":"A script with an output fence","t":""},
{"p":"Basics: scripts and outputs","u":"a-basics.html#output-comments","h":"Output comments","t":""},
{"p":"Basics: scripts and outputs","u":"a-basics.html#a-traceback","h":"A traceback","t":""},
{"p":"Basics: scripts and outputs","u":"a-basics.html#not-run-and-other-languages","h":"Not run, and other languages","t":""},
{"p":"Sessions","u":"b-sessions.html","h":"","t":"Continuing a session:\nA quiz:"},
{"p":"Escaping: not bold \u0026 \"quoted\"","u":"c-escaping.html","h":"","t":"Raw HTML passes the tag filter: Ctrl stays, alert(1) does not run, and neither does this:"},
{"p":"Escaping: not bold \u0026 \"quoted\"","u":"c-escaping.html#same-heading","h":"Same heading","t":""},
{"p":"Escaping: not bold \u0026 \"quoted\"","u":"c-escaping.html#same-heading-1","h":"Same heading","t":""}
]);
