// Umbrella header for MariaDB Connector/C (Debian package libmariadb-dev).
// Include paths come from `pkg-config --cflags libmariadb` (-I/usr/include/mariadb).
#ifndef PORTFOLIO_CMARIADB_SHIM_H
#define PORTFOLIO_CMARIADB_SHIM_H

#include <mysql.h>
#include <mysqld_error.h>
#include <errmsg.h>

#endif
