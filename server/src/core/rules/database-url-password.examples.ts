import type { RuleExamples } from '../types';

/** `database-url-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'DATABASE_URL = "postgresql://app:6C7ANKF40LGYQj@db.internal:5432/app"', secret: '6C7ANKF40LGYQj', languageId: 'python' },
    { text: 'MONGO_URI=mongodb+srv://admin:6C7ANKF40LGYQj@cluster0.mongodb.net/test', secret: '6C7ANKF40LGYQj', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'MONGO_URL=mongodb://mongodb:mongodb@mongodb:27017/app', path: '.env' },
    { text: 'engine = create_engine("mysql+pymysql://scott:tiger@localhost/test?charset=utf8mb4")', languageId: 'python' },
    { text: 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app', path: '.env' },
    { text: 'MONGO_NO_AUTH = "mongodb://localhost:27017/db"', languageId: 'python' },
    {
      text: 'docker run graphile/postgraphile --connection postgres://POSTGRES_USER:POSTGRES_PASSWORD@POSTGRES_HOST:5432/db',
      path: 'README.md',
    },
    { text: 'DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db:5432/app"', languageId: 'python' },
    { text: 'url = "postgres://user:password@localhost/db"', languageId: 'python' },
  ],
};

export default examples;
