import type { RuleExamples } from '../types';

/** `mysql-cli-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
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
};

export default examples;
