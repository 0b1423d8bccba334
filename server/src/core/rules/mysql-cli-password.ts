import { patternRule } from '../rule';

export default patternRule({
  id: 'mysql-cli-password',
  kind: 'MySQL command-line password',
  description: 'A password glued to the MySQL / MariaDB client\'s `-p` flag (`mysql -uroot -pS3cret`).',
  keywords: ['mysql', 'mariadb'],
  pattern: /(?<=[ \t])-p(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,127})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  // The variable the MySQL client reads by itself.
  envVar: 'MYSQL_PWD',
  // Ports and addresses on the same line (`docker run -p3306:3306 mysql`).
  check: (value) => !/^[\d:./-]+$/.test(value),
  mustMatch: [
    { text: 'mysql -h db -uroot -pTr0ub4dor3x app < dump.sql', secret: 'Tr0ub4dor3x', languageId: 'shellscript' },
    { text: "docker exec -i db mysqldump -u backup -p'Kq7ZrT2m!x' shop > shop.sql", secret: 'Kq7ZrT2m!x', languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: 'mysql -uroot -p"$MYSQL_ROOT_PASSWORD" app', languageId: 'shellscript' },
    { text: 'docker run -d -p3306:3306 mysql:8', languageId: 'shellscript' },
    { text: 'mysql -u root -p app', languageId: 'shellscript' },
    { text: 'mysql -uroot -ppassword', path: 'README.md' },
  ],
});
