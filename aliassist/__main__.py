from aliassist.app import console_main

console_main()
