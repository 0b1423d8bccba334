console.log('keywarden');
