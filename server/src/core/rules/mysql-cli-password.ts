import { patternRule } from '../rule';

export default patternRule({
  id: 'mysql-cli-password',
  kind: 'MySQL command-line password',
  description: "A password glued to the MySQL / MariaDB client's `-p` flag (`mysql -uroot -pS3cret`).",
  keywords: ['mysql', 'mariadb'],
  pattern: /(?<=[ \t])-p(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,127})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  // The variable the MySQL client reads by itself.
  envVar: 'MYSQL_PWD',
  // Ports and addresses on the same line (`docker run -p3306:3306 mysql`).
  check: (value) => !/^[\d:./-]+$/.test(value),
});
